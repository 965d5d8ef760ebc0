package io.eventlens.catalog.load;

/** Where a {@code $ref} points: a file (its key: a normalised path or a URL) and a JSON Pointer in it. */
record RefTarget(String fileKey, String pointer) {

    String id() {
        return fileKey + "#" + pointer;
    }
}
