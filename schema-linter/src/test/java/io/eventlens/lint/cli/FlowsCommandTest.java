package io.eventlens.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowsCommandTest {

    private static final String REFERENCE = Path.of("..", "reference-system", "src", "main", "resources", "asyncapi")
            .toString();

    @Test
    void flows_writes_the_reference_systems_graph_as_json() throws Exception {
        CliRun run = CliRun.of("flows", REFERENCE, "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        List<String> ids = new ArrayList<>();
        json.get("nodes").forEach(n -> ids.add(n.get("id").asText()));
        assertThat(ids).contains("service:Order service", "channel:orders", "service:Saga orchestrator");
        assertThat(ids).doesNotContain("service:Reference order system - shared messages");
        assertThat(json.get("edges").toString())
                .contains("\"from\":\"service:Order service\",\"to\":\"channel:orders\"");
    }

    @Test
    void flows_writes_dot_to_a_file(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("maps/flows.dot");
        CliRun run = CliRun.of("flows", REFERENCE, "--format", "dot", "--output", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("digraph flows {").contains("label=\"Order service\"");
    }

    @Test
    void fail_on_findings_exits_1_when_an_analysis_finds_something() {
        CliRun run = CliRun.of("flows", REFERENCE, "--format", "mermaid", "--fail-on-findings");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("flowchart LR");
    }

    @Test
    void an_unknown_format_is_a_usage_error_naming_the_allowed_ones() {
        CliRun run = CliRun.of("flows", REFERENCE, "--format", "png");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("format 'png' is not known; allowed: json, dot, mermaid, svg");
    }

    @Test
    void a_document_that_does_not_load_writes_nothing_and_exits_2(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.yaml"), "asyncapi: 3.0.0\ninfo: [not, a, map]\n");
        Path out = dir.resolve("flows.json");
        CliRun run = CliRun.of("flows", dir.toString(), "--output", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("1 document(s) did not load; nothing written", "broken.yaml");
        assertThat(out).doesNotExist();
    }
}
