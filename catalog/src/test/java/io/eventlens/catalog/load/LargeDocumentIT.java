package io.eventlens.catalog.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 50 MB document loads (its time is measured by CatalogLoadBenchmark, not asserted here). */
class LargeDocumentIT {

    static final int SCHEMAS = 35_000;

    @TempDir
    Path dir;

    /** Writes an AsyncAPI 3.0 document of about 50 MB: many component schemas, each with properties. */
    static Path writeLargeDocument(Path file, boolean yaml) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (yaml) {
                out.write("asyncapi: 3.0.0\ninfo:\n  title: Large\n  version: '1'\ncomponents:\n  schemas:\n");
                for (int i = 0; i < SCHEMAS; i++) {
                    out.write("    Schema" + i + ":\n      type: object\n      properties:\n");
                    for (int p = 0; p < 20; p++) {
                        out.write("        field" + p + ": {type: string, description: 'field " + p + " of schema " + i
                                + "'}\n");
                    }
                }
                return file;
            }
            out.write("{\"asyncapi\": \"3.0.0\", \"info\": {\"title\": \"Large\", \"version\": "
                    + "\"1\"}, \"components\": {\"schemas\": {");
            for (int i = 0; i < SCHEMAS; i++) {
                out.write((i == 0 ? "" : ",") + "\n\"Schema" + i + "\": {\"type\": \"object\", \"properties\": {");
                for (int p = 0; p < 20; p++) {
                    out.write((p == 0 ? "" : ", ") + "\"field" + p
                            + "\": {\"type\": \"string\", \"description\": \"field " + p + " of schema " + i + "\"}");
                }
                out.write("}}");
            }
            out.write("}}}\n");
        }
        return file;
    }

    @Test
    void aFiftyMegabyteJsonDocumentLoads() throws IOException {
        Path file = writeLargeDocument(dir.resolve("large.json"), false);
        assertThat(Files.size(file)).isGreaterThan(50L * 1000 * 1000);
        DocumentLoad load = Loads.load(file);
        assertThat(load.problems()).isEmpty();
        assertThat(load.document().tree().at("/components/schemas").size()).isEqualTo(SCHEMAS);
    }

    @Test
    void aFiftyMegabyteYamlDocumentLoads() throws IOException {
        Path file = writeLargeDocument(dir.resolve("large.yaml"), true);
        assertThat(Files.size(file)).isGreaterThan(50L * 1000 * 1000);
        DocumentLoad load = Loads.load(file);
        assertThat(load.problems()).isEmpty();
        assertThat(load.document()
                        .tree()
                        .at("/components/schemas/Schema34999/properties")
                        .size())
                .isEqualTo(20);
    }
}
