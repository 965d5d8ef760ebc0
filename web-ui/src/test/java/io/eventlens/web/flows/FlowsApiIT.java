package io.eventlens.web.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.flow.export.ExportContracts;
import io.eventlens.web.catalog.CatalogService;
import io.eventlens.web.ui.BrowserTestBase;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.w3c.dom.Document;

/** {@code GET /api/flows} in every format, read by each format's parser, and names that try to break them. */
class FlowsApiIT extends BrowserTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ODD = "Odd \"quoted\" <img src=x onerror=\"window.flowsXss=1\"> & co\nline two";

    @Autowired
    CatalogService catalog;

    @Test
    void every_format_downloads_and_parses_and_is_the_same_bytes_twice() throws Exception {
        JsonNode json = ExportContracts.json(get("json").body());
        List<String> ids = new ArrayList<>();
        json.get("nodes").forEach(n -> ids.add(n.get("id").asText()));
        assertThat(ids).contains("service:Order service", "channel:orders");
        assertThat(get("json").headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");

        JsonNode dot = ExportContracts.graphviz(get("dot").body());
        assertThat(dot.get("objects")).hasSize(json.get("nodes").size());
        assertThat(dot.get("edges")).hasSize(json.get("edges").size());

        ExportContracts.Mermaid mermaid = ExportContracts.mermaid(get("mermaid").body());
        assertThat(mermaid.labels()).hasSize(json.get("nodes").size()).containsValue("Saga orchestrator");
        assertThat(mermaid.edges()).hasSize(json.get("edges").size());

        Document svg = ExportContracts.svg(get("svg").body());
        assertThat(svg.getElementsByTagName("rect").getLength())
                .isEqualTo(json.get("nodes").size());
        assertThat(get("svg").headers().firstValue("Content-Type")).hasValue("image/svg+xml;charset=UTF-8");

        for (String format : List.of("json", "dot", "mermaid", "svg")) {
            assertThat(get(format).body()).as(format).isEqualTo(get(format).body());
        }
    }

    @Test
    void an_unknown_format_is_a_400_problem_naming_the_allowed_values() throws Exception {
        HttpResponse<String> response = get("png");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertThat(problem.get("detail").asText())
                .isEqualTo("format 'png' is not known; allowed: json, dot, mermaid, svg");
    }

    @Test
    void names_with_quotes_html_and_newlines_break_neither_the_exports_nor_the_page() throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "operator", null, List.of(new SimpleGrantedAuthority("ROLE_OPERATOR"))));
        try {
            assertThat(catalog.upload("odd.yaml", oddDocument().getBytes(StandardCharsets.UTF_8))
                            .loaded())
                    .isTrue();
        } finally {
            SecurityContextHolder.clearContext();
        }
        List<String> names = new ArrayList<>();
        ExportContracts.json(get("json").body())
                .get("nodes")
                .forEach(n -> names.add(n.get("name").asText()));
        assertThat(names).contains(ODD);
        assertThat(ExportContracts.mermaid(get("mermaid").body()).labels()).containsValue(ODD);
        ExportContracts.graphviz(get("dot").body());
        assertThat(ExportContracts.svg(get("svg").body())
                        .getElementsByTagName("img")
                        .getLength())
                .isZero();

        browser.open(base() + "flows?focus=" + URLEncoder.encode("service:" + ODD, StandardCharsets.UTF_8))
                .logIn("viewer", "viewer");
        browser.waitFor(By.cssSelector(".flow-graph[data-ready='true']"));
        browser.waitForText(By.className("flow-details"), "Odd \"quoted\" <img");
        assertThat(browser.script("return window.flowsXss === undefined")).isEqualTo(true);
        assertThat(browser.driver().findElements(By.cssSelector(".flows-side img")))
                .isEmpty();
        browser.screenshot("flows-odd-names");
    }

    private static String oddDocument() {
        String title = ODD.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return "asyncapi: 3.0.0\ninfo:\n  title: \"" + title + "\"\n  version: 1.0.0\nchannels:\n  odd:\n"
                + "    address: orders\n    messages:\n      OrderPlaced:\n        name: OrderPlaced\n"
                + "        payload:\n          type: object\noperations:\n  receive-odd:\n    action: receive\n"
                + "    channel:\n      $ref: '#/channels/odd'\n";
    }

    private HttpResponse<String> get(String format) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "api/flows?format=" + format))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("viewer:viewer".getBytes()))
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
