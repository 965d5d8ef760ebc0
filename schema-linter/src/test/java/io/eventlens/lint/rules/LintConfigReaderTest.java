package io.eventlens.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintConfigReaderTest {

    @TempDir
    Path dir;

    private LintConfig read(String yaml) throws Exception {
        Path file = dir.resolve("eventlens-lint.yaml");
        Files.writeString(file, yaml);
        return LintConfigReader.read(file, Linter.ruleIds());
    }

    @Test
    void levelsAndOptionsAreRead() {
        LintConfig config =
                LintConfigReader.read(Lints.DIR.resolve("configured/eventlens-lint.yaml"), Linter.ruleIds());
        assertThat(config.levels())
                .containsEntry("eventlens-event-name-past-tense", Level.ERROR)
                .containsEntry("asyncapi-info-contact", Level.OFF)
                .hasSize(2);
        assertThat(config.envelopeFields()).containsExactly("event_id", "occurred_at");
        assertThat(config.minPayloadFields()).isEqualTo(2);
    }

    @Test
    void anUnknownRuleIdIsAnErrorNamingItsPlaceAndTheKnownRules() {
        assertThatThrownBy(() -> LintConfigReader.read(Lints.DIR.resolve("unknown-rule.yaml"), Linter.ruleIds()))
                .isInstanceOf(LintConfigException.class)
                .hasMessageStartingWith(Lints.DIR.resolve("unknown-rule.yaml")
                        + ":3:3: unknown rule 'no-such-rule'; known rules: asyncapi-channel-no-empty-parameter,")
                .hasMessageContaining("eventlens-schema-version-pinned");
    }

    @Test
    void anUnknownSeverityIsAnErrorNamingTheValueItsPlaceAndTheAllowedValues() {
        assertThatThrownBy(() -> LintConfigReader.read(Lints.DIR.resolve("bad-level.yaml"), Linter.ruleIds()))
                .hasMessage(Lints.DIR.resolve("bad-level.yaml") + ":3:3: unknown severity 'loud' for rule"
                        + " eventlens-envelope-fields; allowed: error, warn, info, off");
    }

    @Test
    void unknownSectionsAndOptionsAreErrors() {
        assertThatThrownBy(() -> read("rulez:\n  a: b\n"))
                .hasMessageEndingWith(":1:1: unknown section 'rulez'; allowed: rules, options");
        assertThatThrownBy(() -> read("options:\n  min-fields: 1\n"))
                .hasMessageEndingWith(
                        ":2:3: unknown option 'min-fields'; allowed: envelope-fields, min-payload-fields");
    }

    @Test
    void aNegativeOrFractionalMinimumIsAnError() {
        assertThatThrownBy(() -> read("options:\n  min-payload-fields: -1\n"))
                .hasMessageEndingWith(":2:3: 'min-payload-fields' is -1; allowed: a whole number, 0 or more");
        assertThatThrownBy(() -> read("options:\n  min-payload-fields: 1.5\n"))
                .hasMessageEndingWith(":2:3: 'min-payload-fields' is 1.5; allowed: a whole number, 0 or more");
    }

    @Test
    void anEmptyFileMeansTheDefaults() throws Exception {
        assertThat(read("")).isEqualTo(LintConfig.defaults());
    }

    @Test
    void unreadableYamlIsAnErrorNamingTheFile() {
        assertThatThrownBy(() -> read("rules: [unclosed\n"))
                .isInstanceOf(LintConfigException.class)
                .hasMessageStartingWith(dir.resolve("eventlens-lint.yaml") + ":2:1: malformed YAML:");
    }

    @Test
    void yesAndOffReadAsTextAsInYaml12() throws Exception {
        LintConfig config = read("rules:\n  asyncapi-info-contact: off\noptions:\n  envelope-fields: [yes, on, no]\n");

        assertThat(config.levels()).containsEntry("asyncapi-info-contact", Level.OFF);
        assertThat(config.envelopeFields()).containsExactly("yes", "on", "no");
    }

    @Test
    void aBooleanSeverityIsRefusedNamingTheAllowedValues() {
        assertThatThrownBy(() -> read("rules:\n  asyncapi-info-contact: false\n"))
                .hasMessageEndingWith(":2:3: unknown severity 'false' for rule asyncapi-info-contact; allowed: error, "
                        + "warn, info, off");
    }

    @Test
    void aDuplicateKeyIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> read("rules:\n  asyncapi-info-contact: off\n  asyncapi-info-contact: error\n"))
                .isInstanceOf(LintConfigException.class)
                .hasMessage(dir.resolve("eventlens-lint.yaml")
                        + ":3:3: duplicate key 'asyncapi-info-contact'; each key may appear once in a map");
    }
}
