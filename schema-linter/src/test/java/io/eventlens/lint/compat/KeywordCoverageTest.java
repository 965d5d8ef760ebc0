package io.eventlens.lint.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The keyword coverage table of docs/compatibility.md is the test data: it lists exactly the keywords of the five
 * drafts with the drafts that define them, and each row's example gives the verdicts its four columns say, under
 * BACKWARD and FORWARD and both policies, read under the newest draft that defines the keyword.
 */
class KeywordCoverageTest {

    private static final Path DOC = Path.of("../docs/compatibility.md");
    private static final Pattern EXAMPLE = Pattern.compile("`(.+)` → `(.+)`");
    private static final List<Direction> DIRECTIONS = List.of(
            new Direction(Mode.BACKWARD, Policy.STRICT, 4),
            new Direction(Mode.BACKWARD, Policy.LENIENT, 5),
            new Direction(Mode.FORWARD, Policy.STRICT, 6),
            new Direction(Mode.FORWARD, Policy.LENIENT, 7));

    private record Direction(Mode mode, Policy policy, int column) {}

    /** One row of the table: its cells, split at " | " without the outer bars. */
    record Row(String keyword, String[] cells) {
        @Override
        public String toString() {
            return keyword;
        }
    }

    static List<Row> rows() {
        try {
            List<String> lines = Files.readAllLines(DOC);
            int start = lines.indexOf("## Keyword coverage");
            assertThat(start).as("a '## Keyword coverage' section in %s", DOC).isNotNegative();
            return lines.subList(start, lines.size()).stream()
                    .takeWhile(l -> !l.startsWith("## ") || l.equals("## Keyword coverage"))
                    .filter(l -> l.startsWith("| `"))
                    .map(l -> l.substring(2, l.length() - 2).split(" \\| "))
                    .map(cells -> new Row(cells[0].replace("`", ""), cells))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> examples() {
        return rows().stream().flatMap(row -> DIRECTIONS.stream().map(d -> Arguments.of(row, d.mode(), d.policy())));
    }

    @Test
    void theTableListsEveryKeywordOfTheFiveDraftsOnce() {
        List<String> keywords = rows().stream().map(Row::keyword).toList();

        assertThat(keywords).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(Draft.EVERY_KEYWORD);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRowNamesTheDraftsThatDefineItsKeyword(Row row) {
        List<String> defining = Arrays.stream(Draft.values())
                .filter(d -> d.defines(row.keyword()))
                .map(Draft::label)
                .toList();

        assertThat(row.cells()[1]).isEqualTo(String.join(", ", defining));
        assertThat(row.cells()).as("cells of %s", row).hasSize(8);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("examples")
    void eachExampleGivesTheVerdictItsColumnSays(Row row, Mode mode, Policy policy) {
        Matcher example = EXAMPLE.matcher(row.cells()[3]);
        assertThat(example.matches())
                .as("example cell of %s: `old` → `new`", row)
                .isTrue();
        List<JsonNode> versions = List.of(Fixtures.json(example.group(1)), Fixtures.json(example.group(2)));
        int column = DIRECTIONS.stream()
                .filter(d -> d.mode() == mode && d.policy() == policy)
                .findFirst()
                .orElseThrow()
                .column();

        CompatibilityVerdict verdict = new CompatibilityChecker(policy)
                .assuming(newestDefining(row.keyword()))
                .check(mode, versions);

        assertThat(cell(verdict))
                .as("%s, %s under %s: %s", row, mode, policy, verdict.summary())
                .isEqualTo(row.cells()[column]);
    }

    private static Draft newestDefining(String keyword) {
        Draft newest = null;
        for (Draft draft : Draft.values()) {
            if (draft.defines(keyword)) {
                newest = draft;
            }
        }
        return newest;
    }

    private static String cell(CompatibilityVerdict verdict) {
        return switch (verdict.kind()) {
            case COMPATIBLE -> "compatible";
            case INCOMPATIBLE -> "**breaks**";
            case NOT_COMPARABLE -> "not comparable";
        };
    }
}
