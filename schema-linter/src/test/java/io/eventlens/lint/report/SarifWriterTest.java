package io.eventlens.lint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifWriterTest {

    static JsonNode sarif(List<Violation> violations) throws Exception {
        return JsonWriter.JSON.readTree(ReportsTest.write(Format.SARIF, violations));
    }

    @Test
    void aLogHasVersionOneRunTheDriverAndItsRules() throws Exception {
        JsonNode log = sarif(List.of(ReportsTest.BREAK, ReportsTest.NOTE, ReportsTest.BREAK));
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        assertThat(log.path("runs")).hasSize(1);
        JsonNode driver = log.at("/runs/0/tool/driver");
        assertThat(driver.path("name").asText()).isEqualTo("EventLens");
        assertThat(driver.path("rules"))
                .extracting(r -> r.path("id").asText())
                .containsExactly("required-property-removed", "info-version-changed");
    }

    @Test
    void aResultHasRuleLevelMessageAndPhysicalLocation() throws Exception {
        JsonNode results = sarif(List.of(ReportsTest.BREAK, ReportsTest.NOTE)).at("/runs/0/results");
        JsonNode first = results.path(0);
        assertThat(first.path("ruleId").asText()).isEqualTo("required-property-removed");
        assertThat(first.path("ruleIndex").asInt()).isZero();
        assertThat(first.path("level").asText()).isEqualTo("error");
        assertThat(first.at("/message/text").asText()).isEqualTo("required property 'total' was removed");
        JsonNode physical = first.at("/locations/0/physicalLocation");
        assertThat(physical.at("/artifactLocation/uri").asText()).isEqualTo("orders.yaml");
        assertThat(physical.at("/region/startLine").asInt()).isEqualTo(12);
        assertThat(physical.at("/region/startColumn").asInt()).isEqualTo(7);
        assertThat(results.path(1).path("level").asText()).isEqualTo("note");
    }

    @Test
    void anUnknownPositionLeavesTheRegionOutBecauseSarifLinesStartAtOne() throws Exception {
        JsonNode result = sarif(List.of(new Violation("r", Severity.WARN, "a.json", 0, 0, "", "m")))
                .at("/runs/0/results/0");
        assertThat(result.path("level").asText()).isEqualTo("warning");
        assertThat(result.at("/locations/0/physicalLocation").has("region")).isFalse();
    }

    @Test
    void fileNamesBecomeUriReferencesWithForwardSlashesAndEscapes() {
        assertThat(SarifWriter.uri("docs\\my api/orders v2.yaml")).isEqualTo("docs/my%20api/orders%20v2.yaml");
    }

    @Test
    void noViolationsIsARunWithEmptyResults() throws Exception {
        JsonNode run = sarif(List.of()).at("/runs/0");
        assertThat(run.path("results").isArray()).isTrue();
        assertThat(run.path("results")).isEmpty();
    }
}
