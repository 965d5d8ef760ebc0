package io.eventlens.lint.validate;

/** One row of the shared corpus manifest: file, kind, declared version, expectation and its reason. */
record CorpusCase(String file, String kind, String version, String expect, String label) {

    static CorpusCase parse(String line) {
        String[] cells = line.split("\t", -1);
        return new CorpusCase(cells[0], cells[1], cells[2], cells[3], cells[4]);
    }

    /** The source folder (first path segment): relative references may not leave it. */
    String sourceFolder() {
        return file.substring(0, file.indexOf('/'));
    }

    @Override
    public String toString() {
        return file + " [" + expect + "]";
    }
}
