package io.eventlens.flow.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.flow.graph.Fixtures;
import io.eventlens.flow.graph.FlowReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class FlowExportsTest {

    private static final String ODD_SERVICE =
            "Say \"hi\" <script>alert(1)</script> & back\\slash\nsecond line # `tick` {x} [y] |z|; %%";
    private static final String ODD_CHANNEL = "odd \"channel\" <i>it</i>\nnext";

    private static FlowReport report(String fixture) {
        return FlowReport.of(Fixtures.catalog(fixture));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ExportFormat.class)
    void the_same_catalog_exports_the_same_bytes_run_after_run(ExportFormat format) {
        String first = FlowExports.write(report("service-cycle/triggers"), format);
        String second = FlowExports.write(report("service-cycle/triggers"), format);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void json_follows_the_contract_with_nodes_edges_and_findings() throws Exception {
        JsonNode json = ExportContracts.json(FlowExports.write(report("service-cycle/triggers"), ExportFormat.JSON));
        assertThat(json.get("nodes")).hasSize(4);
        assertThat(json.get("nodes").get(0).get("id").asText()).isEqualTo("channel:a-events");
        assertThat(json.get("nodes").get(0).get("kind").asText()).isEqualTo("channel");
        JsonNode edge = json.get("edges").get(0);
        assertThat(edge.get("from").asText()).isEqualTo("channel:a-events");
        assertThat(edge.get("to").asText()).isEqualTo("service:B");
        assertThat(edge.get("kind").asText()).isEqualTo("receives");
        assertThat(edge.get("messages").get(0).asText()).isEqualTo("AHappened");
        assertThat(json.get("findings").get(0).get("kind").asText()).isEqualTo("service-cycle");
    }

    @Test
    void dot_is_read_by_graphviz_with_every_node_and_edge() throws Exception {
        FlowReport report = report("fan-out/triggers");
        JsonNode read = ExportContracts.graphviz(FlowExports.write(report, ExportFormat.DOT));
        assertThat(read.get("objects")).hasSize(report.graph().nodes().size());
        assertThat(read.get("edges")).hasSize(report.graph().edges().size());
        List<String> ids = new ArrayList<>();
        read.get("objects").forEach(o -> ids.add(o.get("id").asText()));
        assertThat(ids)
                .containsExactlyElementsOf(
                        report.graph().nodes().stream().map(n -> n.id()).toList());
    }

    @Test
    void mermaid_follows_the_flowchart_grammar() {
        FlowReport report = report("fan-out/triggers");
        ExportContracts.Mermaid read = ExportContracts.mermaid(FlowExports.write(report, ExportFormat.MERMAID));
        assertThat(read.labels()).hasSize(report.graph().nodes().size()).containsValue("Hub");
        assertThat(read.edges()).hasSize(report.graph().edges().size());
    }

    @Test
    void svg_is_xml_with_a_group_per_node_and_edge() throws Exception {
        FlowReport report = report("fan-out/triggers");
        Document svg = ExportContracts.svg(FlowExports.write(report, ExportFormat.SVG));
        assertThat(svg.getElementsByTagName("rect").getLength())
                .isEqualTo(report.graph().nodes().size());
        assertThat(svg.getElementsByTagName("path").getLength())
                .isEqualTo(report.graph().edges().size() + 1);
    }

    @Test
    void names_with_quotes_html_and_newlines_survive_dot() throws Exception {
        JsonNode read = ExportContracts.graphviz(FlowExports.write(report("odd-names"), ExportFormat.DOT));
        List<String> ids = new ArrayList<>();
        read.get("objects").forEach(o -> ids.add(o.get("id").asText()));
        assertThat(ids).contains("service:" + ODD_SERVICE.replace("\n", "\\n").replace("\\slash", "\\\\slash"));
        assertThat(read.get("edges")).hasSize(2);
    }

    @Test
    void names_with_quotes_html_and_newlines_survive_mermaid() {
        ExportContracts.Mermaid read =
                ExportContracts.mermaid(FlowExports.write(report("odd-names"), ExportFormat.MERMAID));
        assertThat(read.labels()).containsValues(ODD_SERVICE, ODD_CHANNEL, "Plain consumer");
        assertThat(read.edges()).hasSize(2);
    }

    @Test
    void names_with_quotes_html_and_newlines_survive_svg_as_text() throws Exception {
        Document svg = ExportContracts.svg(FlowExports.write(report("odd-names"), ExportFormat.SVG));
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
        assertThat(svg.getElementsByTagName("i").getLength()).isZero();
        NodeList titles = svg.getElementsByTagName("title");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            texts.add(titles.item(i).getTextContent());
        }
        assertThat(texts).contains(ODD_SERVICE.replace("\n", " "), ODD_CHANNEL.replace("\n", " "));
    }

    @Test
    void names_with_quotes_html_and_newlines_survive_json() throws Exception {
        JsonNode json = ExportContracts.json(FlowExports.write(report("odd-names"), ExportFormat.JSON));
        List<String> names = new ArrayList<>();
        json.get("nodes").forEach(n -> names.add(n.get("name").asText()));
        assertThat(names).contains(ODD_SERVICE, ODD_CHANNEL);
    }

    @Test
    void an_unknown_format_is_refused_naming_the_allowed_ones() {
        assertThatThrownBy(() -> ExportFormat.parse("png"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("format 'png' is not known; allowed: json, dot, mermaid, svg");
        assertThat(ExportFormat.parse("Mermaid")).isEqualTo(ExportFormat.MERMAID);
    }
}
