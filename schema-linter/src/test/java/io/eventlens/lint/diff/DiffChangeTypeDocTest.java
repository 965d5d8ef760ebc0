package io.eventlens.lint.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** docs/compatibility.md lists every document diff change kind once, with whether it breaks as the enum says. */
class DiffChangeTypeDocTest {

    private static final Path DOC = Path.of("../docs/compatibility.md");

    @ParameterizedTest(name = "{0}")
    @EnumSource(ChangeType.class)
    void everyChangeTypeHasARowSayingWhetherItBreaks(ChangeType type) throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        List<String> rows = lines.subList(lines.indexOf("## Document diff change kinds"), lines.size()).stream()
                .filter(l -> l.startsWith("| `" + type.name() + "` |"))
                .toList();

        assertThat(rows)
                .as(
                        "row for %s under '## Document diff change kinds' in %s",
                        type, DOC.toAbsolutePath().normalize())
                .hasSize(1);
        assertThat(rows.get(0).split(" \\| ")[1]).isEqualTo(type.breaking() ? "**yes**" : "no");
    }
}
