package io.eventlens.lint.compat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.apicurio.registry.content.TypedContent;
import io.apicurio.registry.rules.compatibility.CompatibilityLevel;
import io.apicurio.registry.rules.compatibility.JsonSchemaCompatibilityChecker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** EventLens's checker (on parsed trees, and on JSON text like Apicurio) and Apicurio's, over the same checks. */
final class AnchorEngines {

    private AnchorEngines() {}

    /** EventLens on trees, EventLens on text, Apicurio on text; Apicurio last. */
    static List<Engine> all(List<CompatibilityBenchmark.Check> checks) {
        return List.of(eventLensOnTrees(checks), eventLensOnText(checks), apicurio(checks));
    }

    static Engine eventLensOnTrees(List<CompatibilityBenchmark.Check> checks) {
        CompatibilityChecker checker = new CompatibilityChecker(Policy.STRICT);
        return new Engine("EventLens (parsed trees in)", i -> {
            CompatibilityBenchmark.Check check = checks.get(i);
            return checker.check(check.mode(), check.versions()).kind().name().toLowerCase(Locale.ROOT);
        });
    }

    /** Parses both schemas on every call, as Apicurio's checker must: the like-for-like figure. */
    static Engine eventLensOnText(List<CompatibilityBenchmark.Check> checks) {
        CompatibilityChecker checker = new CompatibilityChecker(Policy.STRICT);
        List<String[]> texts = checks.stream().map(AnchorEngines::texts).toList();
        return new Engine("EventLens (JSON text in)", i -> {
            List<JsonNode> versions = List.of(parse(texts.get(i)[0]), parse(texts.get(i)[1]));
            return checker.check(checks.get(i).mode(), versions).kind().name().toLowerCase(Locale.ROOT);
        });
    }

    /**
     * Apicurio's entry point as its {@code CompatibilityTestExecutor} drives it: one existing version
     * (the original), the proposed one (the updated), the level named like our mode, no references.
     */
    static Engine apicurio(List<CompatibilityBenchmark.Check> checks) {
        JsonSchemaCompatibilityChecker checker = new JsonSchemaCompatibilityChecker();
        List<TypedContent[]> contents = checks.stream()
                .map(AnchorEngines::texts)
                .map(t -> new TypedContent[] {json(t[0]), json(t[1])})
                .toList();
        List<CompatibilityLevel> levels = checks.stream()
                .map(c -> CompatibilityLevel.valueOf(c.mode().name()))
                .toList();
        return new Engine("Apicurio " + apicurioVersion(), i -> {
            try {
                return checker.testCompatibility(
                                        levels.get(i), List.of(contents.get(i)[0]), contents.get(i)[1], Map.of())
                                .isCompatible()
                        ? Engine.COMPATIBLE
                        : Engine.INCOMPATIBLE;
            } catch (RuntimeException e) {
                return "error: " + e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        });
    }

    private static String[] texts(CompatibilityBenchmark.Check check) {
        return new String[] {
            check.source().older().toString(), check.source().newer().toString()
        };
    }

    private static TypedContent json(String text) {
        return TypedContent.create(text, "application/json");
    }

    private static JsonNode parse(String text) {
        try {
            return Fixtures.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("corpus schema no longer parses: " + text, e);
        }
    }

    /** The artifact's version from its pom.properties (its manifest has none). */
    static String apicurioVersion() {
        String name = "/META-INF/maven/io.apicurio/apicurio-registry-schema-util-json/pom.properties";
        try (InputStream in = JsonSchemaCompatibilityChecker.class.getResourceAsStream(name)) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "(version unknown: " + name + " missing)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
