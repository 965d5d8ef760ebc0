package io.eventlens.catalog.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextTreeTest {

    private static final ParseLimits LIMITS = ParseLimits.defaults();

    @Test
    void yesAndOffStayStringsAndZeroLeadingNumbersAreDecimalAsInYaml12() throws Exception {
        TextTree read = TextTree.read("config.yaml", "a: yes\nb: off\nc: 0777\nd: true\ne: 12\n", LIMITS);

        assertThat(read.tree().get("a").isTextual()).isTrue();
        assertThat(read.tree().get("b").asText()).isEqualTo("off");
        assertThat(read.tree().get("c").asInt()).isEqualTo(777);
        assertThat(read.tree().get("d").isBoolean()).isTrue();
        assertThat(read.tree().get("e").isIntegralNumber()).isTrue();
    }

    @Test
    void aDuplicateKeyIsRefusedWithTheSameMessageInYamlAndInJson() {
        assertThatThrownBy(() -> TextTree.read("v1.yaml", "type: object\ntype: string\n", LIMITS))
                .isInstanceOf(UnreadableTextException.class)
                .hasMessage("v1.yaml:2:1: duplicate key 'type'; each key may appear once in a map");
        assertThatThrownBy(() -> TextTree.read("v1.json", "{\"type\": \"object\",\n \"type\": \"string\"}", LIMITS))
                .isInstanceOf(UnreadableTextException.class)
                .hasMessageStartingWith("v1.json:2:")
                .hasMessageEndingWith(": duplicate key 'type'; each key may appear once in a map");
    }

    @Test
    void jsonWithTabsReadsWithoutAName() throws Exception {
        TextTree read = TextTree.read("schema version 1", "{\n\t\"type\": \"object\",\n\t\"x\": [1, 2]\n}", LIMITS);

        assertThat(read.tree().get("type").asText()).isEqualTo("object");
        assertThat(read.position("/x").line()).isEqualTo(3);
    }

    @Test
    void aTextOverTheSizeLimitIsRefusedNamingTheLimit() {
        assertThatThrownBy(() -> TextTree.read("big.yaml", "a: 12345678901", LIMITS.withMaxBytes(10)))
                .hasMessage("big.yaml:1:1: 14 bytes exceed the limit of 10"
                        + " (setting eventlens.limits.max-document-bytes)");
    }

    @Test
    void aTextNestedDeeperThanTheLimitIsRefusedWithItsPlace() {
        String deep = "[".repeat(20) + "]".repeat(20);

        assertThatThrownBy(() -> TextTree.read("deep.yaml", deep, LIMITS.withMaxDepth(10)))
                .isInstanceOf(UnreadableTextException.class)
                .hasMessageContaining("deep.yaml:1:")
                .hasMessageContaining("10");
        assertThatThrownBy(() -> TextTree.read("deep.json", deep, LIMITS.withMaxDepth(10)))
                .isInstanceOf(UnreadableTextException.class)
                .hasMessageContaining("deep.json:1:")
                .hasMessageContaining("10");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedBeforeParsing(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("latin1.yaml");
        Files.write(file, "name: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> TextTree.readFile(file, LIMITS))
                .hasMessage(file + ":1:1: file is not UTF-8 text (byte 0xE9 at offset 9);"
                        + " expected a JSON or YAML document in UTF-8");
    }
}
