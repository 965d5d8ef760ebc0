package io.eventlens.catalog.load;

import static io.eventlens.catalog.load.Loads.load;
import static io.eventlens.catalog.load.Loads.onlyError;
import static io.eventlens.catalog.load.Loads.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileInputTest {

    @TempDir
    Path dir;

    @Test
    void malformedYamlIsRefusedWithItsLineAndColumn() throws IOException {
        Path file = write(dir, "bad.yaml", "asyncapi: 3.0.0\ninfo:\n  title: [unclosed\n  version: 1\n");
        LoadProblem problem = onlyError(load(file));
        assertThat(problem.message()).startsWith("malformed YAML:");
        assertThat(problem.file()).isEqualTo(file.toString());
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isPositive();
    }

    @Test
    void malformedJsonIsRefusedWithItsLineAndColumn() throws IOException {
        Path file = write(dir, "bad.json", "{\n  \"asyncapi\": \"3.0.0\",\n  \"info\": {\"title\": }\n}\n");
        LoadProblem problem = onlyError(load(file));
        assertThat(problem.message()).startsWith("malformed JSON: Unexpected character ('}'");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(21);
    }

    @Test
    void aYamlAliasBombIsRefusedBeforeItExpands() throws IOException {
        StringBuilder yaml =
                new StringBuilder("asyncapi: 3.0.0\nx-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append("x-").append(c).append(": &").append(c).append(" [");
            yaml.append(("*" + previous + ", ").repeat(9))
                    .append("*")
                    .append(previous)
                    .append("]\n");
            previous = c;
        }
        LoadProblem problem = onlyError(load(write(dir, "bomb.yaml", yaml.toString())));
        assertThat(problem.message())
                .isEqualTo("51 YAML aliases to lists or maps exceed the limit of 50"
                        + " (setting eventlens.limits.max-aliases)");
        assertThat(problem.limit()).isEqualTo(ParseLimits.Limit.ALIASES);
    }

    @Test
    void aYamlAliasInsideItselfIsRefused() throws IOException {
        Path file = write(
                dir, "loop.yaml", "asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\nx-loop: &loop\n  again: *loop\n");
        LoadProblem problem = onlyError(load(file));
        assertThat(problem.message()).contains("a YAML alias makes this value contain itself");
        assertThat(problem.line()).isEqualTo(3);
    }

    @Test
    void fiveHundredLevelsOfYamlNestingAreRefusedNamingTheLimit() throws IOException {
        String nested = "[".repeat(500) + "]".repeat(500);
        LoadProblem problem = onlyError(load(write(dir, "deep.yaml", "asyncapi: 3.0.0\nx-deep: " + nested + "\n")));
        assertThat(problem.message())
                .isEqualTo("257 levels of nesting exceed the limit of 256 (setting eventlens.limits.max-depth)");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(264);
    }

    @Test
    void fiveHundredLevelsOfJsonNestingAreRefusedNamingTheLimit() throws IOException {
        String nested = "[".repeat(500) + "]".repeat(500);
        LoadProblem problem =
                onlyError(load(write(dir, "deep.json", "{\"asyncapi\": \"3.0.0\", \"x-deep\": " + nested + "}")));
        assertThat(problem.message())
                .startsWith("malformed JSON: Document nesting depth (257) exceeds the maximum allowed (256");
        assertThat(problem.line()).isEqualTo(1);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedNamingTheLimit() throws IOException {
        Path file = write(dir, "big.yaml", "asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\n");
        DocumentLoad load = new DocumentLoader(LoadOptions.defaults().withMaxBytes(10)).loadFile(file);
        assertThat(onlyError(load).message())
                .isEqualTo("47 bytes exceed the limit of 10 (setting eventlens.limits.max-document-bytes)");
    }

    @Test
    void duplicateKeysAreRefusedWithTheKeyAndItsLine() throws IOException {
        Path file = write(
                dir, "dup.yaml", "asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\ninfo: {title: u, version: '2'}\n");
        LoadProblem problem = onlyError(load(file));
        assertThat(problem.message()).isEqualTo("duplicate key 'info'; each key may appear once in a map");
        assertThat(problem.line()).isEqualTo(3);
    }

    @Test
    void anUnknownAsyncApiVersionIsRefusedListingTheAllowedOnes() throws IOException {
        Path file = write(dir, "old.yaml", "asyncapi: 1.2.0\ninfo: {title: t, version: '1'}\n");
        LoadProblem problem = onlyError(load(file));
        assertThat(problem.message())
                .isEqualTo("unsupported AsyncAPI version '1.2.0'; allowed: 2.0.0, 2.1.0, 2.2.0,"
                        + " 2.3.0, 2.4.0, 2.5.0, 2.6.0, 3.0.0, 3.1.x (read as 3.0.0)");
        assertThat(problem.pointer()).isEqualTo("/asyncapi");
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.column()).isEqualTo(11);
    }

    @Test
    void aFileThatIsNotAsyncApiIsRefusedSayingWhatIsExpected() throws IOException {
        Path file = write(dir, "openapi.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n");
        assertThat(onlyError(load(file)).message())
                .startsWith("not an AsyncAPI document: no top-level 'asyncapi' field");
    }

    @Test
    void aStringWhereAMapMustBeIsRefusedWithItsPointerAndPosition() throws IOException {
        Path file = write(
                dir, "string.yaml", "asyncapi: 2.6.0\ninfo:\n  title: t\n  version: '1'\nchannels: just-a-string\n");
        LoadProblem problem = onlyError(load(file));
        assertThat(problem.message()).isEqualTo("'channels' must be a map; found the string \"just-a-string\"");
        assertThat(problem.pointer()).isEqualTo("/channels");
        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.column()).isEqualTo(11);
    }

    @Test
    void asyncApi31IsReadAsThreeZeroWithAWarning() throws IOException {
        Path file = write(dir, "new.yaml", "asyncapi: 3.1.0\ninfo: {title: t, version: '1'}\n");
        DocumentLoad load = load(file);
        assertThat(load.loaded()).isTrue();
        assertThat(load.document().spec()).isEqualTo(SpecVersion.V3);
        assertThat(load.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(LoadProblem.Severity.WARNING);
            assertThat(p.message())
                    .isEqualTo("AsyncAPI 3.1.0 is read through the 3.0.0 model; fields new in 3.1 "
                            + "are kept but not interpreted");
        });
    }

    @Test
    void aBinaryFileIsRefusedAsNotText() throws IOException {
        Path file = dir.resolve("binary.yaml");
        Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28, 0x00, (byte) 0xFF});
        assertThat(onlyError(load(file)).message())
                .isEqualTo("file is not UTF-8 text (byte 0xC3 at offset 0); expected a JSON or YAML document in UTF-8");
    }
}
