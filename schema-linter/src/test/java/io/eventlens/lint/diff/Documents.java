package io.eventlens.lint.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.catalog.CatalogLoad;
import io.eventlens.catalog.CatalogLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads AsyncAPI text written to a folder, for tests. */
final class Documents {

    private Documents() {}

    static String resource(String name) {
        return text("/gate/" + name);
    }

    /** A test resource's text, by its absolute resource name. */
    static String text(String resource) {
        try (InputStream in = Documents.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DocumentSide load(Path folder, String name, String text) {
        try {
            Path file = Files.writeString(folder.resolve(name), text);
            CatalogLoad load = new CatalogLoader().load(file);
            assertThat(load.failed()).as("%s loads: %s", name, load.problems()).isEmpty();
            return DocumentSide.of(load.documents().get(0).document());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
