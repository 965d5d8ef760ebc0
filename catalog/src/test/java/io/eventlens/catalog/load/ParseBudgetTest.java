package io.eventlens.catalog.load;

import static io.eventlens.catalog.load.Loads.onlyError;
import static io.eventlens.catalog.load.Loads.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventlens.catalog.CatalogLoader;
import io.eventlens.catalog.model.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each limit of {@link ParseLimits} through the one reader every entry point uses ({@link TextTree} for schema texts,
 * {@link DocumentLoader} for documents, files and uploads alike): exceeded, it stops at once naming the limit, the
 * count, the place and the setting. The timeout only guards the build against a hang; no test measures time.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ParseBudgetTest {

    private static final ParseLimits DEFAULTS = ParseLimits.defaults();

    @TempDir
    Path dir;

    /** 48 aliases (under the alias limit) two wide, 24 levels: 1 KB that expands to 2^24 values. */
    static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("l0: &l0 [lol, lol]\n");
        for (int level = 1; level <= 24; level++) {
            yaml.append("l")
                    .append(level)
                    .append(": &l")
                    .append(level)
                    .append(" [*l")
                    .append(level - 1)
                    .append(", *l")
                    .append(level - 1)
                    .append("]\n");
        }
        return yaml.toString();
    }

    @Test
    void aKilobyteOfNestedAliasesIsRefusedBeforeItExpandsNamingTheValueLimit() {
        String yaml = billionLaughs();
        assertThat(yaml.length()).isLessThan(1_100);

        assertThatThrownBy(() -> TextTree.read("laughs.yaml", yaml, DEFAULTS))
                .isInstanceOf(UnreadableTextException.class)
                .hasMessageMatching("laughs\\.yaml:\\d+:1: 4,\\d{3},\\d{3} values exceed the limit of 4,000,000"
                        + " \\(setting eventlens\\.limits\\.max-nodes\\)")
                .satisfies(
                        e -> assertThat(((UnreadableTextException) e).problem().limit())
                                .isEqualTo(ParseLimits.Limit.NODES));
    }

    @Test
    void theSameBombInAnAsyncApiDocumentIsRefusedByTheLoaderAsALimitProblem() throws IOException {
        Path file = write(
                dir,
                "bomb.yaml",
                "asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\nx-bomb:\n  "
                        + billionLaughs().replace("\n", "\n  "));

        LoadProblem problem = onlyError(Loads.load(file));

        assertThat(problem.exceedsLimit()).isTrue();
        assertThat(problem.limit()).isEqualTo(ParseLimits.Limit.NODES);
        assertThat(problem.message()).endsWith("(setting eventlens.limits.max-nodes)");
    }

    @Test
    void moreAliasesToCollectionsThanAllowedAreRefusedWithTheirPlace() {
        String yaml = "base: &b {a: 1}\nuses: [" + "*b, ".repeat(60) + "*b]\n";

        assertThatThrownBy(() -> TextTree.read("aliases.yaml", yaml, DEFAULTS))
                .hasMessage("aliases.yaml:2:7: 51 YAML aliases to lists or maps exceed the limit of 50"
                        + " (setting eventlens.limits.max-aliases)");
    }

    @Test
    void aliasesThatNestDeeperOnceExpandedThanAllowedAreRefusedNamingTheDepthLimit() {
        String yaml =
                "a: &a " + "[".repeat(8) + "]".repeat(8) + "\nb: &b " + "[".repeat(7) + "*a" + "]".repeat(7) + "\n";

        assertThatThrownBy(() -> TextTree.read("deep.yaml", yaml, DEFAULTS.withMaxDepth(12)))
                .hasMessageStartingWith("deep.yaml:2:")
                .hasMessageEndingWith("levels of nesting exceed the limit of 12 (setting eventlens.limits.max-depth)");
    }

    @Test
    void textNestedDeeperThanAllowedIsRefusedWithThePlaceAndTheSetting() {
        assertThatThrownBy(() -> TextTree.read("deep.yaml", "[".repeat(300) + "]".repeat(300), DEFAULTS))
                .hasMessage("deep.yaml:1:257: 257 levels of nesting exceed the limit of 256"
                        + " (setting eventlens.limits.max-depth)");
    }

    @Test
    void charactersRepeatedThroughAliasesAreCountedOnceForEachUse() {
        String yaml = "s: &s " + "x".repeat(100) + "\nl: [" + "*s, ".repeat(20) + "*s]\n";

        assertThatThrownBy(() -> TextTree.read("chars.yaml", yaml, DEFAULTS.with(ParseLimits.Limit.CHARS, 1_000)))
                .hasMessageStartingWith("chars.yaml:2:4: ")
                .hasMessageEndingWith("characters of keys and values exceed the limit of 1,000"
                        + " (setting eventlens.limits.max-characters)");
    }

    @Test
    void aJsonTextWithMoreValuesThanAllowedIsRefusedBeforeItsTreeIsBuiltWithThePointer() {
        String json = "{\"a\": {\"list\": [" + "1, ".repeat(30) + "1]}}";

        assertThatThrownBy(() -> TextTree.read("many.json", json, DEFAULTS.with(ParseLimits.Limit.NODES, 20)))
                .isInstanceOf(UnreadableTextException.class)
                .hasMessage("many.json:1:68: 21 values exceed the limit of 20 (setting eventlens.limits.max-nodes)"
                        + " (at /a/list/17)");
    }

    @Test
    void aTwentyMegabyteWordOfYamlIsRefusedAtOnceAndOfJsonReadWithinTheDefaults() throws Exception {
        String string = "x".repeat(20 * 1024 * 1024);

        // SnakeYAML's cost grows with the square of a word's length: refused before it is scanned
        assertThatThrownBy(() -> TextTree.read("big.yaml", "s: " + string + "\n", DEFAULTS))
                .hasMessage("big.yaml:1:4: 20,971,520 characters of YAML without a space or line break exceed the"
                        + " limit of 1,048,576 (setting eventlens.limits.max-yaml-word)");
        // Jackson reads it in one pass: within 64 Mi characters it is a value like any other
        assertThat(TextTree.read("big.json", "{\"s\": \"" + string + "\"}", DEFAULTS)
                        .tree()
                        .get("s")
                        .asText())
                .hasSize(string.length());
    }

    @Test
    void aTwentyMegabyteStringAboveALoweredCharacterLimitIsRefusedAndYamlWordsWithinTheDefaultsAreRead()
            throws Exception {
        String string = "x".repeat(20 * 1024 * 1024);
        String words = "word ".repeat(4 * 1024 * 1024).strip();
        ParseLimits lowered = DEFAULTS.with(ParseLimits.Limit.CHARS, 16L * 1024 * 1024);

        assertThatThrownBy(() -> TextTree.read("big.json", "{\"s\": \"" + string + "\"}", lowered))
                .hasMessage("big.json:1:7: 20,971,521 characters of keys and values exceed the limit of 16,777,216"
                        + " (setting eventlens.limits.max-characters) (at /s)");
        assertThat(TextTree.read("big.yaml", "s: " + words + "\n", DEFAULTS)
                        .tree()
                        .get("s")
                        .asText())
                .hasSize(words.length());
    }

    @Test
    void aHundredThousandPropertiesLoadAndAreAllNamed() throws IOException {
        StringBuilder properties = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            properties.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":{\"type\":\"string\"}");
        }
        Path file = write(
                dir,
                "wide.json",
                "{\"asyncapi\":\"3.0.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},"
                        + "\"channels\":{\"c\":{\"address\":\"c\",\"messages\":{\"m\":"
                        + "{\"payload\":{\"type\":\"object\","
                        + "\"properties\":{" + properties + "}}}}}},"
                        + "\"operations\":{\"send\":{\"action\":\"send\",\"channel\":{\"$ref\":\"#/channels/c\"}}}}");

        Message message = new CatalogLoader().load(file).catalog().messages().get(0);

        assertThat(message.payloadFields())
                .hasSize(100_000)
                .startsWith("p0", "p1")
                .endsWith("p99999");
    }

    @Test
    void anEndlessDeviceIsRefusedAtTheByteLimitWithoutReadingItWhole() {
        Path zero = Path.of("/dev/zero");
        DocumentLoad load = new DocumentLoader(LoadOptions.defaults().withMaxBytes(1024)).loadFile(zero);

        LoadProblem problem = onlyError(load);
        assertThat(problem.file()).isEqualTo("/dev/zero");
        assertThat(problem.limit()).isEqualTo(ParseLimits.Limit.BYTES);
        assertThat(problem.message())
                .isEqualTo("1,025 bytes exceed the limit of 1,024 (setting eventlens.limits.max-document-bytes)");
    }

    @Test
    void aFileOverTheByteLimitIsRefusedBySizeBeforeItIsRead() throws IOException {
        Path file = write(dir, "big.yaml", "asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\n");

        assertThatThrownBy(() -> TextTree.readFile(file, DEFAULTS.withMaxBytes(10)))
                .hasMessage(file + ":1:1: 47 bytes exceed the limit of 10"
                        + " (setting eventlens.limits.max-document-bytes)");
    }

    @Test
    void invalidUtf8IsRefusedInTheSameWordsFromAFileAndFromAnUpload() throws IOException {
        byte[] bytes = "asyncapi: 3.0.0\ninfo: {title: \u00e9}\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, bytes);

        LoadProblem fromFile = onlyError(new DocumentLoader(LoadOptions.defaults()).loadFile(file));
        LoadProblem fromUpload = onlyError(new DocumentLoader(LoadOptions.defaults()).loadBytes("latin1.yaml", bytes));

        assertThat(fromFile.message())
                .isEqualTo("file is not UTF-8 text (byte 0xE9 at offset 30);"
                        + " expected a JSON or YAML document in UTF-8");
        assertThat(fromUpload.message()).isEqualTo(fromFile.message());
    }

    @Test
    void valuesInlinedFromOtherFilesBeyondTheLimitAreRefusedAtTheReference() throws IOException {
        write(dir, "parts.yaml", "a: {type: string}\nb: {type: string}\nc: {type: string}\n");
        Path file = write(
                dir,
                "doc.yaml",
                "asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\ncomponents:\n  schemas:\n"
                        + "    a: {$ref: 'parts.yaml#/a'}\n    b: {$ref: 'parts.yaml#/b'}\n"
                        + "    c: {$ref: 'parts.yaml#/c'}\n");

        LoadProblem problem = onlyError(new DocumentLoader(LoadOptions.defaults()
                        .withRoot(dir)
                        .withLimits(DEFAULTS.with(ParseLimits.Limit.REF_EXPANSIONS, 2)))
                .loadFile(file));

        assertThat(problem.pointer()).isEqualTo("/components/schemas/c/$ref");
        assertThat(problem.line()).isEqualTo(7);
        assertThat(problem.message())
                .isEqualTo("3 $ref expansions exceed the limit of 2 (setting eventlens.limits.max-ref-expansions)");
    }

    @Test
    void limitsAreReadFromSettingsNamedAsTheWebAppsAndABadValueIsRefusedNamingIt() {
        ParseLimits limits = ParseLimits.from(name -> name.equals("eventlens.limits.max-nodes") ? "5_000_000" : null);

        assertThat(limits.maxNodes()).isEqualTo(5_000_000);
        assertThat(limits.maxDepth()).isEqualTo(DEFAULTS.maxDepth());
        assertThatThrownBy(() -> ParseLimits.from(name -> name.equals("eventlens.limits.max-depth") ? "deep" : null))
                .hasMessage("eventlens.limits.max-depth=deep is not a whole number; allowed: a positive count of"
                        + " levels of nesting, e.g. 256");
    }
}
