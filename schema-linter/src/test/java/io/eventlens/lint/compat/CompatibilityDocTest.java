package io.eventlens.lint.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** docs/compatibility.md lists every change kind with the effects the enum declares. */
class CompatibilityDocTest {

    private static final Path DOC = Path.of("../docs/compatibility.md");

    @ParameterizedTest(name = "{0}")
    @EnumSource(ChangeKind.class)
    void everyKindHasARowWithItsDeclaredEffects(ChangeKind kind) throws IOException {
        List<String> rows = Files.readAllLines(DOC).stream()
                .filter(l -> l.startsWith("| `" + kind.name() + "` |"))
                .toList();

        assertThat(rows)
                .as("row for %s in %s", kind, DOC.toAbsolutePath().normalize())
                .hasSize(1);
        String[] cells = rows.get(0).split(" \\| ");
        assertThat(cells[2]).isEqualTo(kind.backward().compatibleUnder(Policy.STRICT) ? "compatible" : "**breaks**");
        assertThat(cells[3]).isEqualTo(kind.backward().compatibleUnder(Policy.LENIENT) ? "compatible" : "**breaks**");
        assertThat(cells[4])
                .isEqualTo(
                        switch (kind.forward()) {
                            case SAFE -> "compatible";
                            case BREAKS -> "**breaks**";
                            case STRICT_ONLY -> "breaks under STRICT only";
                        });
    }
}
