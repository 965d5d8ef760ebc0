package io.eventlens.web.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pasted schema versions are read by the catalog's YAML 1.2 rules, as the CLI reads schema files. */
class SchemaTextsTest {

    /** Checking schema texts needs no catalog. */
    private final GovernanceService governance = new GovernanceService(null);

    @Test
    void anUnquotedOffIsTheStringOffSoTheSameConstantStaysCompatible() {
        assertThat(governance
                        .checkSchemas(
                                List.of("type: string\nconst: off\n", "type: string\nconst: \"off\"\n"),
                                Mode.FULL,
                                Policy.STRICT)
                        .exitCode())
                .isZero();
    }

    @Test
    void aDuplicateKeyIsRefusedNamingTheVersionLineAndKey() {
        assertThatThrownBy(() -> governance.checkSchemas(
                        List.of("type: object\n", "type: object\ntype: string\n"), Mode.BACKWARD, Policy.STRICT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("schema version 2:2:1: duplicate key 'type'; each key may appear once in a map");
    }

    @Test
    void aSchemaNestedDeeperThanTheLimitIsRefused() {
        String deep = "{\"not\": ".repeat(300) + "{}" + "}".repeat(300);

        assertThatThrownBy(() -> governance.checkSchemas(List.of("{}", deep), Mode.BACKWARD, Policy.STRICT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("schema version 2:1:")
                .hasMessageContaining("256");
    }

    @Test
    void versionsInTwoLanguagesAreRefusedWithTheCliMessage() {
        String avro = "{\"type\": \"record\", \"name\": \"A\", \"fields\": []}";

        assertThatThrownBy(() ->
                        governance.checkSchemas(List.of("{\"type\": \"object\"}", avro), Mode.BACKWARD, Policy.STRICT))
                .hasMessage("schema version 1 is a JSON Schema but the newest version, schema version 2, is an Avro"
                        + " schema; allowed: every version in one language");
    }
}
