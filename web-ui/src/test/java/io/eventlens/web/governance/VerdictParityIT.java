package io.eventlens.web.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.lint.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same document pairs through the CLI ({@code eventlens diff} and {@code eventlens compat}, in process) and through
 * {@code POST /api/governance/check} of the running app, whose catalog holds the old documents: the same verdict, the
 * same changes (rule, pointer, sentence) and the same kinds at the same pointers.
 */
@DirtiesContext
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eventlens.kafka.embedded.port=0", "vaadin.devmode.devTools.enabled=false"})
class VerdictParityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path WORK = work();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry registry) throws IOException {
        Path catalog = ParityCase.writeCatalog(WORK);
        registry.add("eventlens.data-dir", () -> WORK.resolve("data").toString());
        registry.add("eventlens.catalog.folders", catalog::toString);
    }

    static Stream<ParityCase> cases() throws IOException {
        return Stream.of(
                ParityCase.pair(WORK, "components-ref", 1, "TYPE_CHANGED", "/properties/amount/type"),
                ParityCase.pair(WORK, "allof-refs", 1, "TYPE_CHANGED", "/properties/correlation_id/type"),
                ParityCase.pair(WORK, "recursive", 1, "MAX_LENGTH_ADDED", "/properties/name/maxLength"),
                ParityCase.pair(WORK, "wrapped-enum", 1, "ENUM_VALUES_REMOVED", "/properties/status/enum"),
                ParityCase.pair(WORK, "avro", 1, "AVRO_FIELD_ADDED_WITHOUT_DEFAULT", "/fields/1"),
                ParityCase.pair(WORK, "header", 1, "TYPE_CHANGED", "/properties/trace_id/type"),
                ParityCase.pair(WORK, "compatible", 0, "MAX_LENGTH_INCREASED", "/properties/text/maxLength"),
                ParityCase.pair(WORK, "v2-components", 1, "REQUIRED_PROPERTY_ADDED", "/required"),
                ParityCase.issueExample(WORK),
                ParityCase.reference(
                        WORK,
                        "order-service.yaml",
                        "correlation_id: {type: string, description: The order id; also",
                        "correlation_id: {type: integer, description: The order id; also",
                        1,
                        "TYPE_CHANGED",
                        "/properties/correlation_id/type"),
                ParityCase.reference(
                        WORK,
                        "shipping-service.yaml",
                        "units: {type: integer, minimum: 1}",
                        "units: {type: integer, minimum: 2}",
                        1,
                        "MINIMUM_INCREASED",
                        "/properties/data/properties/units/minimum"),
                ParityCase.reference(
                        WORK,
                        "inventory-service.yaml",
                        "quantity: {type: integer, minimum: 1}\n",
                        "quantity: {type: integer, minimum: 1, maximum: 50}\n",
                        1,
                        "MAXIMUM_ADDED",
                        "/properties/data/properties/lines/items/properties/quantity/maximum"),
                ParityCase.reference(
                        WORK,
                        "payment-service.yaml",
                        "minimum: 0, description: What was paid back",
                        "minimum: 1, description: What was paid back",
                        1,
                        "MINIMUM_INCREASED",
                        "/properties/data/properties/amount_cents/minimum"),
                ParityCase.reference(
                        WORK,
                        "saga-orchestrator.yaml",
                        "        email: {type: string}\n",
                        "        email: {type: string, maxLength: 200}\n",
                        1,
                        "MAX_LENGTH_ADDED",
                        "/properties/data/properties/customer/properties/email/maxLength"),
                ParityCase.reference(
                        WORK,
                        "warehouse-service.yaml",
                        "currency: {type: string}\n    OrderCancelledData:",
                        "currency: {type: string, pattern: '^[A-Z]{3}$'}\n    OrderCancelledData:",
                        1,
                        "PATTERN_ADDED",
                        "/properties/data/properties/currency/pattern"),
                ParityCase.reference(
                        WORK,
                        "analytics-service.yaml",
                        "reason: {type: string}\n    ChargePaymentData:",
                        "reason: {type: string, minLength: 1}\n    ChargePaymentData:",
                        1,
                        "MIN_LENGTH_ADDED",
                        "/properties/data/properties/reason/minLength"),
                ParityCase.reference(
                        WORK,
                        "email-service.yaml",
                        "kind: {type: string, enum: [order-confirmation]}",
                        "kind: {type: string, enum: [order-confirmation, order-shipped]}",
                        0,
                        "ENUM_VALUES_ADDED",
                        "/properties/kind/enum"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_cli_and_rest_give_the_same_verdict_kinds_and_pointers(ParityCase pair) throws Exception {
        Cli diff = cli("diff", pair);
        Cli compat = cli("compat", pair);
        JsonNode rest = check(pair.candidate());

        assertThat(diff.exitCode).as(diff.err).isEqualTo(pair.exitCode());
        assertThat(compat.exitCode).as(compat.err).isEqualTo(pair.exitCode());
        assertThat(rest.path("passed").asBoolean()).isEqualTo(pair.exitCode() == 0);
        assertThat(restExitCode(rest)).isEqualTo(pair.exitCode());

        List<String> restChanges = restDocumentChanges(rest);
        assertThat(schemaViolations(diff)).containsExactlyInAnyOrderElementsOf(restChanges);
        assertThat(schemaViolations(compat)).isEqualTo(restChanges);

        List<String> restKinds = restKinds(rest, pair.exitCode() != 0);
        assertThat(restKinds).contains(pair.kind() + " at " + pair.pointer());
        if (pair.exitCode() != 0) {
            assertThat(cliKinds(diff, restPointerBases(rest))).containsExactlyInAnyOrderElementsOf(restKinds);
            assertThat(hurt(rest)).as("consumers hurt").isNotEmpty();
        }
    }

    static Stream<Arguments> schemaPairs() {
        return Stream.of(
                Arguments.of(
                        "json schema type change",
                        "{\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"string\"}}}",
                        "{\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"integer\"}}}",
                        ".json"),
                Arguments.of(
                        "avro field without default",
                        "{\"type\": \"record\", \"name\": \"A\", \"fields\": [{\"name\": \"id\", \"type\": "
                                + "\"string\"}]}",
                        "{\"type\": \"record\", \"name\": \"A\", \"fields\": [{\"name\": \"id\", \"type\": \"string\"},"
                                + " {\"name\": \"n\", \"type\": \"int\"}]}",
                        ".avsc"),
                Arguments.of(
                        "json schema compatible",
                        "{\"type\": \"string\", \"maxLength\": 5}",
                        "{\"type\": \"string\", \"maxLength\": 9}",
                        ".json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaPairs")
    void schema_versions_get_the_same_verdict_rules_and_pointers_from_cli_compat_and_rest_compat(
            String name, String old, String now, String extension) throws Exception {
        Path folder = Files.createDirectories(WORK.resolve("schemas").resolve(name.replace(' ', '-')));
        ParityCase pair = new ParityCase(
                name,
                Files.writeString(folder.resolve("old" + extension), old),
                Files.writeString(folder.resolve("new" + extension), now),
                0,
                "",
                "",
                false);
        Cli cli = cli("compat", pair);
        JsonNode rest = JSON.readTree(postVersions(old, now).body());

        assertThat(rest.path("exitCode").asInt()).as(rest.toString()).isEqualTo(cli.exitCode);
        List<String> restRules = new ArrayList<>();
        rest.path("changes")
                .forEach(c -> restRules.add((c.path("breaking").asBoolean() ? "error " : "info ")
                        + c.path("ruleId").asText() + " " + c.path("pointer").asText()));
        List<String> cliRules = new ArrayList<>();
        cli.report
                .path("violations")
                .forEach(v -> cliRules.add(v.path("severity").asText() + " "
                        + v.path("ruleId").asText() + " " + v.path("pointer").asText()));
        assertThat(restRules).isNotEmpty().containsExactlyInAnyOrderElementsOf(cliRules);
    }

    static Stream<String> unloadable() {
        return Stream.of(
                "asyncapi: 3.0.0\ninfo: [",
                "{\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"string\"}}}",
                "asyncapi: 9.9.9\ninfo: {title: Future, version: 1.0.0}\n",
                "asyncapi: 3.0.0\ninfo: {title: Dangling, version: 1.0.0}\nchannels:\n  a:\n    messages:\n"
                        + "      M: {payload: {$ref: '#/components/schemas/Nowhere'}}\n",
                "",
                "asyncapi: 3.0.0\ninfo: {title: Bomb, version: 1.0.0}\nx-bomb:\n  "
                        + billionLaughs().replace("\n", "\n  "));
    }

    /** 48 aliases two wide, 24 levels: about a kilobyte that expands to 2^24 values (refused at the value limit). */
    static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("l0: &l0 [lol, lol]\n");
        for (int level = 1; level <= 24; level++) {
            yaml.append("l").append(level).append(": &l").append(level);
            yaml.append(" [*l")
                    .append(level - 1)
                    .append(", *l")
                    .append(level - 1)
                    .append("]\n");
        }
        return yaml.toString();
    }

    /** Definitions each referring {@code width} times to the next, {@code levels} deep, ending in a {@code leaf}. */
    static String fanOut(int width, int levels, String leaf) {
        StringBuilder defs = new StringBuilder();
        for (int level = 0; level < levels; level++) {
            defs.append("\"l").append(level).append("\": {\"type\": \"object\", \"properties\": {");
            for (int i = 0; i < width; i++) {
                defs.append(i == 0 ? "" : ", ")
                        .append("\"p")
                        .append(i)
                        .append("\": {\"$ref\": \"#/$defs/l")
                        .append(level + 1)
                        .append("\"}");
            }
            defs.append("}}, ");
        }
        defs.append("\"l")
                .append(levels)
                .append("\": {\"type\": \"")
                .append(leaf)
                .append("\"}");
        return "{\"$ref\": \"#/$defs/l0\", \"$defs\": {" + defs + "}}";
    }

    @Test
    void a_reference_fan_out_over_the_expansion_limit_is_refused_by_the_cli_and_rest_compat_in_the_same_words()
            throws Exception {
        Path folder = Files.createDirectories(WORK.resolve("fan-out"));
        String old = fanOut(4, 7, "string");
        String now = fanOut(4, 7, "integer");
        Cli cli = cli(
                "compat",
                new ParityCase(
                        "fan-out",
                        Files.writeString(folder.resolve("old.json"), old),
                        Files.writeString(folder.resolve("new.json"), now),
                        2,
                        "",
                        "",
                        false));
        HttpResponse<String> rest = postVersions(old, now);

        assertThat(cli.exitCode).as(cli.err).isEqualTo(2);
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(rest.body());
        assertThat(problem.path("limit").asText()).isEqualTo("eventlens.limits.max-ref-expansions");
        assertThat(problem.path("detail").asText())
                .endsWith("10,001 $ref expansions exceed the limit of 10,000"
                        + " (setting eventlens.limits.max-ref-expansions)");
        assertThat(cli.err.strip())
                .isEqualTo("eventlens compat: " + problem.path("detail").asText());
    }

    @Test
    void a_document_that_is_not_utf8_is_refused_by_the_cli_and_rest_in_the_same_words() throws Exception {
        byte[] latin1 =
                "asyncapi: 3.0.0\ninfo: {title: Caf\u00e9, version: 1.0.0}\n".getBytes(StandardCharsets.ISO_8859_1);
        Path bad = Files.write(Files.createDirectories(WORK.resolve("latin1")).resolve("candidate.yaml"), latin1);
        ParityCase pair = new ParityCase(
                "latin1", WORK.resolve("catalog").resolve("parity-compatible.yaml"), bad, 2, "", "", false);

        Cli diff = cli("diff", pair);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/governance/check"))
                .header("X-Document-Name", bad.toString())
                .header("Authorization", basic())
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1))
                .build();
        HttpResponse<String> rest = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(diff.exitCode).isEqualTo(2);
        assertThat(diff.err).contains("file is not UTF-8 text (byte 0xE9 at offset 33)");
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(400);
        assertThat(JSON.readTree(rest.body()).path("detail").asText())
                .isEqualTo(diff.err.substring("eventlens diff: ".length()).strip());
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("unloadable")
    void a_document_the_cli_refuses_is_refused_by_rest_with_the_same_message(String text) throws Exception {
        Path bad = Files.createDirectories(WORK.resolve("bad")).resolve("candidate-" + System.nanoTime() + ".yaml");
        Files.writeString(bad, text);
        ParityCase pair =
                new ParityCase("bad", WORK.resolve("catalog").resolve("parity-compatible.yaml"), bad, 2, "", "", false);

        Cli diff = cli("diff", pair);
        HttpResponse<String> rest = post("/api/governance/check", text, bad.toString());

        assertThat(diff.exitCode).isEqualTo(2);
        assertThat(diff.err).startsWith("eventlens diff: " + bad + " is not a loadable AsyncAPI document:");
        assertThat(rest.statusCode()).isEqualTo(400);
        assertThat(rest.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(rest.body()).path("detail").asText())
                .isEqualTo(diff.err.substring("eventlens diff: ".length()).strip());
    }

    static Stream<Arguments> unreadableVersions() {
        return Stream.of(
                Arguments.of("duplicate key", "type: string\ntype: integer\n", ".yaml"),
                Arguments.of("malformed json", "{\"type\": \"string\",", ".json"),
                Arguments.of("unclosed yaml flow", "type: [string\n", ".yaml"),
                Arguments.of(
                        "nested aliases", "type: object\nx-" + billionLaughs().replace("\nl", "\nx-l"), ".yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableVersions")
    void a_schema_version_the_cli_cannot_read_is_refused_by_rest_compat_in_the_same_words(
            String name, String text, String extension) throws Exception {
        Path folder = Files.createDirectories(WORK.resolve("unreadable").resolve(name.replace(' ', '-')));
        Path old = Files.writeString(folder.resolve("old.json"), "{\"type\": \"string\"}");
        Path bad = Files.writeString(folder.resolve("new" + extension), text);
        Cli cli = cli("compat", new ParityCase(name, old, bad, 2, "", "", false));
        HttpResponse<String> rest = postVersions("{\"type\": \"string\"}", JSON.writeValueAsString(text));

        assertThat(cli.exitCode).as(cli.err).isEqualTo(2);
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(400);
        String detail = JSON.readTree(rest.body()).path("detail").asText();
        // the CLI names the file, REST the version's place in the list; the rest of the message is the same
        assertThat(cli.err.strip())
                .isEqualTo("eventlens compat: " + detail.replace("schema version 2", bad.toString()));
    }

    @Test
    void versions_in_two_schema_languages_are_refused_by_the_cli_and_rest_compat_in_the_same_words() throws Exception {
        Path folder = Files.createDirectories(WORK.resolve("mixed"));
        String avro = "{\"type\": \"record\", \"name\": \"A\", \"fields\": []}";
        String jsonSchema = "{\"type\": \"object\"}";
        Path old = Files.writeString(folder.resolve("old.avsc"), avro);
        Path now = Files.writeString(folder.resolve("new.json"), jsonSchema);
        Cli cli = cli("compat", new ParityCase("mixed", old, now, 2, "", "", false));
        HttpResponse<String> rest = postVersions(avro, jsonSchema);

        assertThat(cli.exitCode).as(cli.err).isEqualTo(2);
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(400);
        String detail = JSON.readTree(rest.body()).path("detail").asText();
        assertThat(detail).contains("allowed: every version in one language");
        assertThat(cli.err.strip())
                .startsWith("eventlens compat: "
                        + detail.replace("schema version 1", old.toString())
                                .replace("schema version 2", now.toString()));
    }

    private HttpResponse<String> postVersions(String oldJson, String newJson) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/governance/compat?mode=BACKWARD&policy=STRICT"))
                .header("Authorization", basic())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"versions\": [" + oldJson + ", " + newJson + "]}"))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    void an_option_rest_refuses_is_refused_by_the_cli_with_the_same_message(String option, String value)
            throws Exception {
        ParityCase pair = ParityCase.pair(WORK, "compatible", 0, "", "");
        HttpResponse<String> rest =
                post("/api/governance/check?" + option + "=" + value, Files.readString(pair.newFile()), "new.yaml");
        StringWriter err = new StringWriter();
        int exit = Main.run(
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                "diff",
                "--" + option,
                value,
                pair.oldFile().toString(),
                pair.newFile().toString());

        assertThat(rest.statusCode()).isEqualTo(400);
        String detail = JSON.readTree(rest.body()).path("detail").asText();
        assertThat(detail).contains("'" + value + "'", "allowed: ");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(detail);
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(Arguments.of("mode", "SIDEWAYS"), Arguments.of("policy", "LAX"));
    }

    /** The CLI's payload and headers changes: rule, pointer and sentence (without the consumers it names). */
    private static List<String> schemaViolations(Cli run) {
        List<String> lines = new ArrayList<>();
        for (JsonNode v : run.report.path("violations")) {
            String rule = v.path("ruleId").asText();
            if (rule.startsWith("payload-") || rule.startsWith("headers-") || rule.startsWith("schema-")) {
                String message = v.path("message").asText().replaceFirst(" \\(consumers hurt: [^)]*\\)$", "");
                lines.add(rule + " " + v.path("pointer").asText() + " " + message);
            }
        }
        return lines;
    }

    private static List<String> restDocumentChanges(JsonNode rest) {
        List<String> lines = new ArrayList<>();
        for (JsonNode message : rest.path("messages")) {
            for (JsonNode c : message.path("documentChanges")) {
                lines.add(c.path("ruleId").asText() + " " + c.path("pointer").asText() + " "
                        + c.path("message").asText());
            }
        }
        return lines;
    }

    /** Each change REST reports (breaking ones only, when the verdict breaks) as "KIND at pointer". */
    private static List<String> restKinds(JsonNode rest, boolean breakingOnly) {
        List<String> kinds = new ArrayList<>();
        for (JsonNode message : rest.path("messages")) {
            for (JsonNode c : message.path("changes")) {
                if (!breakingOnly || c.path("breaking").asBoolean()) {
                    kinds.add(
                            c.path("kind").asText() + " at " + c.path("pointer").asText());
                }
            }
        }
        return kinds;
    }

    /** The document pointers of the parts REST found breaking changes in, keyed by their full pointer. */
    private static List<String[]> restPointerBases(JsonNode rest) {
        List<String[]> bases = new ArrayList<>();
        for (JsonNode message : rest.path("messages")) {
            for (JsonNode c : message.path("changes")) {
                if (c.path("breaking").asBoolean()) {
                    String full = c.path("documentPointer").asText();
                    String own = c.path("pointer").asText();
                    bases.add(new String[] {full, full.substring(0, full.length() - own.length())});
                }
            }
        }
        return bases;
    }

    /** The CLI's breaking changes as "KIND at pointer", the pointer taken relative to the part it is in. */
    private static List<String> cliKinds(Cli run, List<String[]> bases) {
        List<String> kinds = new ArrayList<>();
        for (JsonNode v : run.report.path("violations")) {
            if (!v.path("severity").asText().equals("error")) {
                continue;
            }
            String pointer = v.path("pointer").asText();
            String kind = v.path("message").asText().split("[: ]", 2)[0];
            String base = bases.stream()
                    .filter(b -> b[0].equals(pointer))
                    .map(b -> b[1])
                    .findFirst()
                    .orElse("");
            kinds.add(kind + " at " + pointer.substring(base.length()));
        }
        return kinds;
    }

    private static int restExitCode(JsonNode rest) {
        int exit = 0;
        for (JsonNode message : rest.path("messages")) {
            exit = Math.max(exit, message.path("exitCode").asInt());
        }
        return exit;
    }

    private static List<String> hurt(JsonNode rest) {
        List<String> hurt = new ArrayList<>();
        rest.path("messages").forEach(m -> m.path("hurtConsumers").forEach(c -> hurt.add(c.asText())));
        return hurt;
    }

    private JsonNode check(String candidate) throws Exception {
        HttpResponse<String> response =
                post("/api/governance/check?mode=BACKWARD&policy=STRICT", candidate, "candidate.yaml");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(String path, String body, String name) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Document-Name", name)
                .header("Authorization", basic())
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8));
    }

    /** One in-process run of the CLI with a JSON report. */
    record Cli(int exitCode, JsonNode report, String err) {}

    static Cli cli(String command, ParityCase pair) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(
                new PrintWriter(out),
                new PrintWriter(err),
                command,
                "--mode",
                "BACKWARD",
                "--policy",
                "STRICT",
                "--format",
                "json",
                pair.oldFile().toString(),
                pair.newFile().toString());
        JsonNode report = out.toString().isBlank() ? JSON.createObjectNode() : JSON.readTree(out.toString());
        return new Cli(exit, report, err.toString());
    }

    private static Path work() {
        try {
            return Files.createTempDirectory("eventlens-parity-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
