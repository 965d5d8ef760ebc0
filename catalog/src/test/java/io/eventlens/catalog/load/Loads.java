package io.eventlens.catalog.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helpers: write a file, load it, take its only error. */
final class Loads {

    private Loads() {}

    static Path write(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static DocumentLoad load(Path file) {
        return new DocumentLoader(LoadOptions.defaults()).loadFile(file);
    }

    static LoadProblem onlyError(DocumentLoad load) {
        assertThat(load.loaded()).as("document should not load").isFalse();
        assertThat(load.problems()).filteredOn(LoadProblem::isError).hasSize(1);
        return load.problems().stream().filter(LoadProblem::isError).findFirst().orElseThrow();
    }

    static Path fixture(String relative) {
        return Path.of("src/test/resources/fixtures").resolve(relative);
    }
}
