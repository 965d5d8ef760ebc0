package io.eventlens.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.catalog.load.LoadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cycles, catastrophic patterns, lost payloads and huge schemas give findings, never a hang or a crash. */
class HostileDocumentTest {

    @Test
    void refCyclesCatastrophicPatternsAndLostPayloadsGiveFindings() {
        LintRun run = Lints.lint(LintConfig.defaults(), "hostile.yaml");
        assertThat(run.inputErrors()).isEmpty();
        assertThat(run.findings())
                .filteredOn(f -> f.ruleId().equals("asyncapi-message-examples"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.pointer()).isEqualTo("/channels/nodes/messages/CodeChecked/examples/0/payload");
                    assertThat(f.message())
                            .startsWith("example payload could not be checked: validation stopped after 1000 ms"
                                    + " while matching pattern '^(.*a){20}$'");
                });
        assertThat(run.findings())
                .filteredOn(f -> f.ruleId().equals("eventlens-envelope-fields"))
                .extracting(LintFinding::pointer)
                .containsExactlyInAnyOrder(
                        "/channels/nodes/messages/NodeLinked/payload", "/channels/nodes/messages/CodeChecked/payload");
    }

    @Test
    void aPayloadWithTenThousandPropertiesIsLinted(@TempDir Path dir) throws Exception {
        StringBuilder yaml =
                new StringBuilder("asyncapi: 3.0.0\ninfo: {title: Big, version: 1.0.0}\nchannels:\n  big:\n"
                        + "    address: big\n    messages:\n      BigThingHappened:\n        "
                        + "payload:\n          type: object\n"
                        + "          properties:\n");
        for (int i = 0; i < 10_000; i++) {
            yaml.append("            f").append(i).append(": {type: string}\n");
        }
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, yaml);
        LintRun run = new Linter(LintConfig.defaults(), LoadOptions.defaults()).lint(List.of(file));
        assertThat(run.findings())
                .filteredOn(f -> f.ruleId().equals("eventlens-envelope-fields"))
                .singleElement()
                .extracting(LintFinding::message)
                .asString()
                .startsWith("message BigThingHappened lacks the envelope fields event_id,");
    }
}
