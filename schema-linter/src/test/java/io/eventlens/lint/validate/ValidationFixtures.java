package io.eventlens.lint.validate;

import io.eventlens.catalog.load.LoadOptions;
import java.nio.file.Path;
import java.util.List;

/** The project's own validation fixtures, under {@code src/test/resources/validate}. */
final class ValidationFixtures {

    static final Path DIR = Path.of("src/test/resources/validate");

    private ValidationFixtures() {}

    static DocumentVerdict validate(String file) {
        return new Validation(LoadOptions.defaults())
                .validate(List.of(DIR.resolve(file)))
                .get(0);
    }
}
