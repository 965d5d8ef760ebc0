package io.eventlens.catalog.load;

import io.eventlens.catalog.document.JsonPointers;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the text of a {@code $ref} found in one file into a {@link RefTarget}, refusing what the
 * settings do not allow: references leaving the root folder, remote URLs off the allow-list.
 */
final class RefResolver {

    /** The top-level fields of AsyncAPI 2.x and 3.0 documents. */
    private static final Set<String> TOP_LEVEL_FIELDS = Set.of(
            "asyncapi",
            "id",
            "info",
            "servers",
            "defaultContentType",
            "channels",
            "operations",
            "components",
            "tags",
            "externalDocs");

    private final LoadOptions options;
    private final Path root;

    RefResolver(LoadOptions options, Path root) {
        this.options = options;
        this.root = root == null ? null : root.toAbsolutePath().normalize();
    }

    RefTarget resolve(SourceFile from, String fromKey, String ref, String where) throws DocumentException {
        int hash = ref.indexOf('#');
        String location = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : JsonPointers.percentDecode(ref.substring(hash + 1));
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw DocumentException.at(
                    from,
                    where,
                    "$ref '" + ref + "' has a fragment that is not a JSON Pointer;"
                            + " allowed: '#/path/to/value' or 'file.yaml#/path'");
        }
        if (location.isEmpty()) {
            return new RefTarget(fromKey, pointer);
        }
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return remote(from, fromKey, location, pointer, ref, where);
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*") && !lower.matches("^[a-z]:[\\\\/].*")) {
            throw DocumentException.at(
                    from,
                    where,
                    "$ref '" + ref + "' uses an unsupported scheme;"
                            + " allowed: local pointers, relative files, or http(s) URLs on the remote allow-list");
        }
        return new RefTarget(file(from, fromKey, location, ref, where).toString(), pointer);
    }

    private RefTarget remote(SourceFile from, String fromKey, String url, String pointer, String ref, String where)
            throws DocumentException {
        if (!options.allowsRemote(url)) {
            throw DocumentException.at(
                    from,
                    where,
                    "remote $ref '" + ref + "' refused: remote references are off;"
                            + " allowed: local pointers and files inside the loaded folder, or "
                            + "URLs on the remote allow-list "
                            + options.remoteAllowList());
        }
        return new RefTarget(url, pointer);
    }

    private Path file(SourceFile from, String fromKey, String location, String ref, String where)
            throws DocumentException {
        if (fromKey.startsWith("http://") || fromKey.startsWith("https://")) {
            throw DocumentException.at(
                    from, where, "$ref '" + ref + "' in a remote document must be a URL or a local pointer");
        }
        if (from.path() == null || root == null) {
            throw DocumentException.at(
                    from,
                    where,
                    "$ref '" + ref + "' names a file, but an uploaded document"
                            + " has no folder; allowed: local pointers '#/...'" + pointerHint(ref));
        }
        Path target = from.path()
                .toAbsolutePath()
                .getParent()
                .resolve(JsonPointers.percentDecode(location))
                .normalize();
        if (!target.startsWith(root)) {
            throw DocumentException.at(
                    from,
                    where,
                    "$ref '" + ref + "' leaves the loaded folder " + root
                            + "; allowed: files inside it, or a wider root (--root FOLDER)" + pointerHint(ref));
        }
        return target;
    }

    /**
     * A reference such as {@code /components/messages/m} is a file path to the resolver, but its
     * writer almost surely meant the local pointer {@code #/components/messages/m}.
     */
    private static String pointerHint(String ref) {
        int end = ref.indexOf('/', 1);
        String first = end < 0 ? ref.substring(1) : ref.substring(1, end);
        return ref.startsWith("/") && ref.indexOf('#') < 0 && TOP_LEVEL_FIELDS.contains(first)
                ? "; did you mean '#" + ref + "'? (a pointer into this document starts with '#')"
                : "";
    }
}
