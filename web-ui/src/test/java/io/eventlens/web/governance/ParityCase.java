package io.eventlens.web.governance;

import io.eventlens.catalog.CatalogLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One document pair of the parity suite: the old document is in the catalog, the new one is the candidate; the CLI
 * gets both files, REST gets the new one as one self-contained document (its bundled tree when it refers to others).
 *
 * @param bundle  whether REST gets the new file's bundled tree (it refers to other files) rather than its text
 * @param kind    the change kind expected among the breaking (or, for a compatible pair, the found) changes
 * @param pointer where that change is, relative to the payload or headers schema
 */
record ParityCase(String name, Path oldFile, Path newFile, int exitCode, String kind, String pointer, boolean bundle) {

    static final List<String> REFERENCE = List.of(
            "common.yaml",
            "order-service.yaml",
            "payment-service.yaml",
            "inventory-service.yaml",
            "warehouse-service.yaml",
            "shipping-service.yaml",
            "email-service.yaml",
            "saga-orchestrator.yaml",
            "analytics-service.yaml");

    static final List<String> PAIRS = List.of(
            "components-ref",
            "allof-refs",
            "recursive",
            "wrapped-enum",
            "avro",
            "header",
            "compatible",
            "v2-components");

    @Override
    public String toString() {
        return name;
    }

    /** The candidate as REST gets it: the new file, or its bundled tree as JSON when it refers to other files. */
    String candidate() throws IOException {
        if (!bundle) {
            return Files.readString(newFile);
        }
        return new CatalogLoader()
                .load(newFile)
                .documents()
                .get(0)
                .document()
                .tree()
                .toString();
    }

    /**
     * Writes the catalog folder {@code work/catalog}: every pair's old document, a consumer of every pair's message,
     * and the reference system's documents in {@code reference/}.
     */
    static Path writeCatalog(Path work) throws IOException {
        Path catalog = Files.createDirectories(work.resolve("catalog"));
        copy("/parity/consumer.yaml", catalog.resolve("parity-consumer.yaml"));
        for (String pair : PAIRS) {
            copy("/parity/" + pair + "/old.yaml", catalog.resolve("parity-" + pair + ".yaml"));
        }
        Path reference = Files.createDirectories(catalog.resolve("reference"));
        for (String file : REFERENCE) {
            copy("/asyncapi/" + file, reference.resolve(file));
        }
        return catalog;
    }

    /** A pair of {@code /parity/<name>/}: its old document is in the catalog. */
    static ParityCase pair(Path work, String name, int exitCode, String kind, String pointer) throws IOException {
        Path folder = Files.createDirectories(work.resolve("pairs").resolve(name));
        copy("/parity/" + name + "/old.yaml", folder.resolve("old.yaml"));
        copy("/parity/" + name + "/new.yaml", folder.resolve("new.yaml"));
        return new ParityCase(
                name, folder.resolve("old.yaml"), folder.resolve("new.yaml"), exitCode, kind, pointer, false);
    }

    /** A reference system document, once as in the catalog and once with {@code from} edited to {@code to}. */
    static ParityCase reference(
            Path work, String document, String from, String to, int exitCode, String kind, String pointer)
            throws IOException {
        Path edited = referenceEdit(work, document, from, to);
        return new ParityCase(
                "reference " + document + ": " + kind + " at " + pointer,
                work.resolve("catalog").resolve("reference").resolve(document),
                edited.resolve(document),
                exitCode,
                kind,
                pointer,
                true);
    }

    /** The issue's example: the order service as one self-contained document, Envelope's correlation_id edited. */
    static ParityCase issueExample(Path work) throws IOException {
        Path folder = Files.createDirectories(work.resolve("issue-example"));
        Path old = Files.writeString(folder.resolve("order-service-old.yaml"), IssueExample.orderService("string"));
        Path now = Files.writeString(folder.resolve("order-service.yaml"), IssueExample.orderService("integer"));
        return new ParityCase(
                "issue example: self-contained order service, correlation_id integer",
                old,
                now,
                1,
                "TYPE_CHANGED",
                "/properties/correlation_id/type",
                false);
    }

    /** A copy of the reference system's documents with one edit in {@code common.yaml}. */
    private static Path referenceEdit(Path work, String name, String from, String to) throws IOException {
        Path folder = Files.createDirectories(work.resolve("reference-" + name));
        for (String file : REFERENCE) {
            copy("/asyncapi/" + file, folder.resolve(file));
        }
        Path common = folder.resolve("common.yaml");
        String text = Files.readString(common);
        if (text.indexOf(from) < 0 || text.indexOf(from) != text.lastIndexOf(from)) {
            throw new IllegalStateException("common.yaml must contain '" + from + "' once: update the parity case");
        }
        Files.writeString(common, text.replace(from, to));
        return folder;
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = ParityCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            Files.writeString(to, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
