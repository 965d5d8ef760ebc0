package io.eventlens.flow.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.eventlens.flow.graph.FlowEdge;
import io.eventlens.flow.graph.FlowNode;
import io.eventlens.flow.graph.FlowReport;
import java.util.List;
import java.util.Map;

/**
 * The JSON contract: {@code {"nodes":[{"id","kind","name",...}],"edges":[{"from","to","kind","messages",...}],
 * "findings":[{"kind","nodes","detail"}]}}; keys in a fixed order, nodes and edges sorted.
 */
final class JsonExport {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private JsonExport() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Node(
            String id,
            String kind,
            String name,
            String owner,
            List<String> tags,
            List<String> protocols,
            String document) {}

    record Edge(String from, String to, String kind, List<String> messages, Map<String, String> versions) {}

    record Finding(String kind, List<String> nodes, String detail) {}

    record Document(List<Node> nodes, List<Edge> edges, List<Finding> findings) {}

    static String write(FlowReport report) {
        Document document = new Document(
                report.graph().nodes().stream().map(JsonExport::node).toList(),
                report.graph().edges().stream().map(JsonExport::edge).toList(),
                report.findings().stream()
                        .map(f -> new Finding(f.kind().label(), f.nodes(), f.detail()))
                        .toList());
        try {
            return MAPPER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the flow graph could not be written as JSON", e);
        }
    }

    private static Node node(FlowNode n) {
        return new Node(n.id(), n.kind().label(), n.name(), n.owner(), n.tags(), n.protocols(), n.document());
    }

    private static Edge edge(FlowEdge e) {
        return new Edge(e.from(), e.to(), e.kind().label(), e.messages(), e.versions());
    }
}
