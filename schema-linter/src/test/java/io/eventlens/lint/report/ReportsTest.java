package io.eventlens.lint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportsTest {

    static final Violation BREAK = new Violation(
            "required-property-removed",
            Severity.ERROR,
            "orders.yaml",
            12,
            7,
            "/components/messages/OrderPlaced/payload/required/1",
            "required property 'total' was removed");
    static final Violation NOTE = new Violation(
            "info-version-changed",
            Severity.INFO,
            "orders.yaml",
            3,
            3,
            "/info/version",
            "info.version changed from 1.0.0 to 1.1.0");

    static String write(Format format, List<Violation> violations) {
        StringWriter out = new StringWriter();
        Reports.write(format, "eventlens diff", violations, out);
        return out.toString();
    }

    @Test
    void textPrintsOneFileLineColumnLinePerViolationAndASummary() {
        assertThat(write(Format.TEXT, List.of(BREAK, NOTE)).lines())
                .containsExactly(
                        "orders.yaml:12:7: error required-property-removed: required property 'total' was removed"
                                + " [/components/messages/OrderPlaced/payload/required/1]",
                        "orders.yaml:3:3: info info-version-changed: info.version changed from "
                                + "1.0.0 to 1.1.0 [/info/version]",
                        "eventlens diff: FAILED (1 error, 0 warnings, 1 info)");
    }

    @Test
    void textSaysPassedWhenNoViolationIsAnError() {
        assertThat(write(Format.TEXT, List.of(NOTE)).lines())
                .last()
                .isEqualTo("eventlens diff: passed (0 errors, 0 warnings, 1 info)");
    }

    @Test
    void jsonCarriesEveryFieldAndTheVerdict() throws Exception {
        JsonNode report = JsonWriter.JSON.readTree(write(Format.JSON, List.of(BREAK, NOTE)));
        assertThat(report.path("passed").asBoolean()).isFalse();
        assertThat(report.path("errors").asInt()).isEqualTo(1);
        assertThat(report.path("infos").asInt()).isEqualTo(1);
        JsonNode first = report.path("violations").path(0);
        assertThat(first.path("ruleId").asText()).isEqualTo("required-property-removed");
        assertThat(first.path("severity").asText()).isEqualTo("error");
        assertThat(first.path("line").asInt()).isEqualTo(12);
        assertThat(first.path("column").asInt()).isEqualTo(7);
        assertThat(first.path("pointer").asText()).isEqualTo("/components/messages/OrderPlaced/payload/required/1");
    }

    @Test
    void formatParseNamesTheBadValueAndTheAllowedOnes() {
        assertThat(Format.parse("Sarif")).isEqualTo(Format.SARIF);
        assertThatThrownBy(() -> Format.parse("html"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown report format 'html'; allowed: text, json, sarif, junit");
    }

    @Test
    void aViolationRefusesNegativePositions() {
        assertThatThrownBy(() -> new Violation("r", Severity.WARN, "f", -1, 0, "", "m"))
                .hasMessageContaining("-1:0");
    }

    @Test
    void onlyErrorsFailAGate() {
        assertThat(BREAK.failing()).isTrue();
        assertThat(NOTE.failing()).isFalse();
        assertThat(new Violation("r", Severity.WARN, "f", 0, 0, "", "m").failing())
                .isFalse();
    }
}
