package io.eventlens.flow.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * Parsers the exports are held to, shared with web-ui's REST tests: the JSON contract, Graphviz's own
 * {@code dot}, the grammar of the Mermaid flowcharts written here, and an XML parser for SVG.
 */
public final class ExportContracts {

    private ExportContracts() {}

    /** Checks the JSON contract and returns the parsed tree. */
    public static JsonNode json(String text) throws IOException {
        JsonNode tree = new ObjectMapper().readTree(text);
        assertThat(tree.fieldNames()).toIterable().containsExactly("nodes", "edges", "findings");
        Set<String> ids = new HashSet<>();
        for (JsonNode node : tree.get("nodes")) {
            assertThat(node.get("id").isTextual()).as("node id of %s", node).isTrue();
            assertThat(node.get("kind").asText()).isIn("service", "channel");
            assertThat(node.get("name").isTextual()).isTrue();
            ids.add(node.get("id").asText());
        }
        for (JsonNode edge : tree.get("edges")) {
            assertThat(ids).contains(edge.get("from").asText(), edge.get("to").asText());
            assertThat(edge.get("kind").asText()).isIn("sends", "receives");
            assertThat(edge.get("messages").isArray()).isTrue();
        }
        for (JsonNode finding : tree.get("findings")) {
            assertThat(finding.get("kind").isTextual()).isTrue();
            finding.get("nodes").forEach(n -> assertThat(ids).contains(n.asText()));
            assertThat(finding.get("detail").asText()).isNotBlank();
        }
        return tree;
    }

    /**
     * Runs Graphviz's {@code dot -Tjson} on the text (it must exit 0 with nothing on stderr) and returns
     * Graphviz's reading of it.
     */
    public static JsonNode graphviz(String dot) throws IOException, InterruptedException {
        Path file = Files.createTempFile("flows-", ".dot");
        Path err = Files.createTempFile("flows-", ".err");
        try {
            Files.writeString(file, dot);
            Process process = new ProcessBuilder("dot", "-Tjson", file.toString())
                    .redirectError(err.toFile())
                    .start();
            byte[] out = process.getInputStream().readAllBytes();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(err)).as("dot's errors").isEmpty();
            assertThat(process.exitValue()).as("dot's exit code").isZero();
            return new ObjectMapper().readTree(out);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(err);
        }
    }

    private static final Pattern NODE = Pattern.compile("^    (n\\d+)(?:\\[\"([^\"]*)\"\\]|\\(\\[\"([^\"]*)\"\\]\\))$");
    private static final Pattern EDGE = Pattern.compile("^    (n\\d+) -->(?:\\|\"([^\"]*)\"\\|)? (n\\d+)$");
    private static final Pattern ENTITY = Pattern.compile("#(\\w+);");

    /** A parsed Mermaid flowchart: node labels by id (entities decoded), and edges as "from->to". */
    public record Mermaid(Map<String, String> labels, List<String> edges) {}

    /**
     * Reads a Mermaid flowchart by the grammar of what the exporter may write: the header, node
     * statements with a quoted label in a box or a stadium, edges with an optional quoted label.
     * A label holds no raw quote, and no raw {@code <} other than the {@code <br/>} line break.
     */
    public static Mermaid mermaid(String text) {
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).isEqualTo("flowchart LR");
        Map<String, String> labels = new HashMap<>();
        List<String> edges = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            Matcher node = NODE.matcher(line);
            Matcher edge = EDGE.matcher(line);
            if (node.matches()) {
                String label = node.group(2) != null ? node.group(2) : node.group(3);
                assertThat(label.replace("<br/>", "")).as("label of %s", line).doesNotContain("<", ">");
                labels.put(node.group(1), decode(label));
            } else if (edge.matches()) {
                assertThat(labels).as("nodes declared before %s", line).containsKeys(edge.group(1), edge.group(3));
                edges.add(edge.group(1) + "->" + edge.group(3));
            } else {
                throw new AssertionError("not a Mermaid flowchart statement: " + line);
            }
        }
        return new Mermaid(labels, edges);
    }

    private static String decode(String label) {
        Matcher entity = ENTITY.matcher(label.replace("<br/>", "\n"));
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String code = entity.group(1);
            String c = switch (code) {
                case "quot" -> "\"";
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                default -> new String(Character.toChars(Integer.parseInt(code)));
            };
            entity.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        entity.appendTail(out);
        return out.toString();
    }

    /** Parses SVG as XML (no external entities) and returns the document. */
    public static Document svg(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        Document document =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        return document;
    }
}
