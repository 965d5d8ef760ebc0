package io.eventlens.lint.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every verdict is read the same way: its findings, which of them break, and each kind's rule id. */
class CompatibilityVerdictApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void an_incompatible_verdict_lists_every_finding_and_says_which_break() throws Exception {
        CompatibilityVerdict verdict = check(
                "{\"properties\": {\"id\": {\"type\": \"string\"}, \"name\": {\"maxLength\": 5}}}",
                "{\"properties\": {\"id\": {\"type\": \"integer\"}, \"name\": {\"maxLength\": 9}}}");

        assertThat(verdict.kind()).isEqualTo(CompatibilityVerdict.Kind.INCOMPATIBLE);
        assertThat(verdict.findings())
                .extracting(f -> f.change().kind().ruleId() + " " + verdict.breaks(f))
                .containsExactlyInAnyOrder("type-changed true", "max-length-increased false");
        assertThat(verdict.breaking()).extracting(f -> f.change().pointer()).containsExactly("/properties/id/type");
    }

    @Test
    void a_compatible_verdict_has_findings_and_nothing_breaking() throws Exception {
        CompatibilityVerdict verdict = check("{\"maxLength\": 5}", "{\"maxLength\": 9}");

        assertThat(verdict.findings())
                .extracting(f -> f.change().kind())
                .containsExactly(ChangeKind.MAX_LENGTH_INCREASED);
        assertThat(verdict.breaking()).isEmpty();
        assertThat(verdict.strictOnly()).isFalse();
        assertThat(verdict.remedy()).isEmpty();
    }

    @Test
    void a_verdict_that_could_not_be_reached_has_no_findings() throws Exception {
        CompatibilityVerdict verdict = check("{}", "{\"$ref\": \"#/$defs/nowhere\"}");

        assertThat(verdict.kind()).isEqualTo(CompatibilityVerdict.Kind.NOT_COMPARABLE);
        assertThat(verdict.findings()).isEmpty();
        assertThat(verdict.breaking()).isEmpty();
    }

    @Test
    void a_rule_id_is_the_kind_in_lower_case_with_hyphens_for_every_kind() {
        assertThat(ChangeKind.AVRO_FIELD_ADDED_WITHOUT_DEFAULT.ruleId()).isEqualTo("avro-field-added-without-default");
        for (ChangeKind kind : ChangeKind.values()) {
            assertThat(kind.ruleId()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(kind.ruleId().toUpperCase().replace('-', '_')).isEqualTo(kind.name());
        }
    }

    private static CompatibilityVerdict check(String old, String now) throws Exception {
        List<JsonNode> versions = List.of(JSON.readTree(old), JSON.readTree(now));
        return new CompatibilityChecker(Policy.STRICT).check(Mode.BACKWARD, versions);
    }
}
