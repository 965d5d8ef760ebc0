package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small value meant to satisfy several self-contained schemas at once (see {@link Inliner}): only the
 * properties some schema requires, each built from every schema's word on it, the shortest strings, the
 * numbers nearest zero. It is a guess, never a proof: whoever uses it validates it against the schemas.
 * A string under a pattern is a sample of it ({@link PatternSample}) that every pattern given matches (checked
 * with a small budget), padded to the minimum length when the pattern is not anchored at its end.
 */
final class Witness {

    private static final int MAX_DEPTH = 16;
    private static final int MAX_LENGTH = 1_000;
    private static final int MAX_ITEMS = 100;
    private static final List<String> TYPE_ORDER =
            List.of("object", "array", "string", "number", "integer", "boolean", "null");
    private static final Map<String, String> FORMAT_SAMPLES = Map.ofEntries(
            Map.entry("date-time", "2026-01-01T00:00:00Z"),
            Map.entry("date", "2026-01-01"),
            Map.entry("time", "00:00:00Z"),
            Map.entry("duration", "P1D"),
            Map.entry("email", "a@example.com"),
            Map.entry("idn-email", "a@example.com"),
            Map.entry("hostname", "example.com"),
            Map.entry("idn-hostname", "example.com"),
            Map.entry("ipv4", "192.0.2.1"),
            Map.entry("ipv6", "2001:db8::1"),
            Map.entry("uri", "https://example.com/"),
            Map.entry("iri", "https://example.com/"),
            Map.entry("uri-reference", "/"),
            Map.entry("iri-reference", "/"),
            Map.entry("uri-template", "/"),
            Map.entry("uuid", "00000000-0000-7000-8000-000000000000"),
            Map.entry("regex", ".*"),
            Map.entry("json-pointer", ""),
            Map.entry("relative-json-pointer", "0"));

    private Witness() {}

    /** A value for all of {@code schemas}, or empty when they plainly exclude each other. */
    static Optional<JsonNode> of(List<JsonNode> schemas) {
        return Optional.ofNullable(value(schemas, 0));
    }

    private static JsonNode value(List<JsonNode> schemas, int depth) {
        if (depth > MAX_DEPTH || schemas.stream().anyMatch(Json::isFalse)) {
            return null;
        }
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode schema : schemas) {
            if (schema.isObject()) {
                objects.add((ObjectNode) schema);
                schema.path("allOf").forEach(member -> objects.addAll(objectsOf(member)));
            }
        }
        for (ObjectNode schema : objects) {
            if (schema.has("const")) {
                return schema.get("const").deepCopy();
            }
        }
        for (ObjectNode schema : objects) {
            if (schema.path("enum").isArray()) {
                for (JsonNode candidate : schema.get("enum")) {
                    if (objects.stream()
                            .allMatch(
                                    other -> !other.path("enum").isArray() || contains(other.get("enum"), candidate))) {
                        return candidate.deepCopy();
                    }
                }
                return null;
            }
        }
        String type = type(objects);
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "object" -> object(objects, depth);
            case "array" -> array(objects, depth);
            case "string" -> string(objects);
            case "integer", "number" -> number(objects, type.equals("integer"));
            case "boolean" -> BooleanNode.FALSE;
            default -> NullNode.instance;
        };
    }

    private static List<ObjectNode> objectsOf(JsonNode schema) {
        List<ObjectNode> found = new ArrayList<>();
        if (schema.isObject()) {
            found.add((ObjectNode) schema);
            schema.path("allOf").forEach(member -> found.addAll(objectsOf(member)));
        }
        return found;
    }

    /** Whether the array {@code values} holds {@code candidate}. */
    static boolean contains(JsonNode values, JsonNode candidate) {
        for (JsonNode value : values) {
            if (value.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first type (in a fixed order) every schema allows; an integer is a number, and a number is tried before
     * an integer (the number builder prefers whole values anyway). Null when none is left.
     */
    private static String type(List<ObjectNode> objects) {
        Set<String> allowed = new LinkedHashSet<>(TYPE_ORDER);
        boolean declared = false;
        for (ObjectNode schema : objects) {
            JsonNode type = schema.get("type");
            if (type == null) {
                continue;
            }
            declared = true;
            Set<String> these = new LinkedHashSet<>();
            if (type.isTextual()) {
                these.add(type.asText());
            } else {
                type.forEach(t -> these.add(t.asText()));
            }
            if (these.contains("number")) {
                these.add("integer");
            }
            allowed.retainAll(these);
        }
        if (!declared) {
            return implied(objects);
        }
        return allowed.isEmpty() ? null : allowed.iterator().next();
    }

    private static String implied(List<ObjectNode> objects) {
        for (ObjectNode schema : objects) {
            for (String keyword :
                    List.of("properties", "required", "additionalProperties", "patternProperties", "minProperties")) {
                if (schema.has(keyword)) {
                    return "object";
                }
            }
        }
        for (ObjectNode schema : objects) {
            if (schema.has("items") || schema.has("prefixItems") || schema.has("minItems") || schema.has("contains")) {
                return "array";
            }
            if (schema.has("minLength") || schema.has("maxLength") || schema.has("pattern") || schema.has("format")) {
                return "string";
            }
            if (schema.has("minimum") || schema.has("maximum") || schema.has("multipleOf")) {
                return "number";
            }
        }
        return "null";
    }

    private static JsonNode object(List<ObjectNode> objects, int depth) {
        Set<String> names = new LinkedHashSet<>();
        objects.forEach(schema -> schema.path("required").forEach(name -> {
            if (name.isTextual()) {
                names.add(name.asText());
            }
        }));
        int minProperties = objects.stream()
                .mapToInt(s -> s.path("minProperties").asInt(0))
                .max()
                .orElse(0);
        if (names.size() < minProperties) {
            objects.forEach(schema -> schema.path("properties").fieldNames().forEachRemaining(names::add));
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String name : names) {
            if (out.size() >= minProperties && !required(objects, name)) {
                break;
            }
            List<JsonNode> member = new ArrayList<>();
            for (ObjectNode schema : objects) {
                JsonNode declared = schema.path("properties").get(name);
                if (declared != null) {
                    member.add(declared);
                } else if (!schema.has("patternProperties")) {
                    JsonNode rest = schema.has("additionalProperties")
                            ? schema.get("additionalProperties")
                            : schema.get("unevaluatedProperties");
                    if (rest != null) {
                        member.add(rest);
                    }
                }
            }
            JsonNode value = value(member, depth + 1);
            if (value == null) {
                return null;
            }
            out.set(name, value);
        }
        return out;
    }

    private static boolean required(List<ObjectNode> objects, String name) {
        return objects.stream().anyMatch(schema -> contains(schema.path("required"), TextNode.valueOf(name)));
    }

    private static JsonNode array(List<ObjectNode> objects, int depth) {
        int count = objects.stream()
                .mapToInt(s -> s.path("minItems").asInt(0))
                .max()
                .orElse(0);
        boolean contains = objects.stream().anyMatch(s -> s.has("contains"));
        count = Math.max(count, contains ? 1 : 0);
        if (count > MAX_ITEMS) {
            return null;
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (int position = 0; position < count; position++) {
            List<JsonNode> item = new ArrayList<>();
            for (ObjectNode schema : objects) {
                JsonNode tuple = schema.has("prefixItems")
                        ? schema.get("prefixItems")
                        : schema.path("items").isArray() ? schema.get("items") : null;
                if (tuple != null && position < tuple.size()) {
                    item.add(tuple.get(position));
                } else if (tuple != null) {
                    JsonNode rest = schema.has("prefixItems") ? schema.get("items") : schema.get("additionalItems");
                    if (rest != null) {
                        item.add(rest);
                    }
                } else if (schema.has("items")) {
                    item.add(schema.get("items"));
                }
                if (position == 0 && schema.has("contains")) {
                    item.add(schema.get("contains"));
                }
            }
            JsonNode value = value(item, depth + 1);
            if (value == null) {
                return null;
            }
            out.add(value);
        }
        return out;
    }

    private static JsonNode string(List<ObjectNode> objects) {
        for (ObjectNode schema : objects) {
            String sample = FORMAT_SAMPLES.get(schema.path("format").asText(""));
            if (sample != null) {
                return TextNode.valueOf(sample);
            }
        }
        int length = objects.stream()
                .mapToInt(s -> s.path("minLength").asInt(0))
                .max()
                .orElse(0);
        if (length > MAX_LENGTH) {
            return null;
        }
        List<String> patterns = objects.stream()
                .filter(s -> s.path("pattern").isTextual())
                .map(s -> s.get("pattern").asText())
                .toList();
        for (String pattern : patterns) {
            String sample = PatternSample.of(pattern).orElse(null);
            if (sample == null) {
                continue;
            }
            if (sample.length() < length && !PatternSample.anchoredAtEnd(pattern)) {
                sample = sample + "a".repeat(length - sample.length());
            }
            String candidate = sample;
            if (patterns.stream().allMatch(p -> matchesCheaply(p, candidate))) {
                return TextNode.valueOf(candidate);
            }
        }
        return TextNode.valueOf("a".repeat(length));
    }

    /** Whether a short sample matches a pattern, within a small budget (a slow pattern counts as no match). */
    private static boolean matchesCheaply(String pattern, String sample) {
        try {
            return PatternNames.matches(pattern, sample, "", new long[1]);
        } catch (SchemaComparisonException e) {
            return false;
        }
    }

    /** The candidate nearest zero among the bounds and the multiples next to them that meets every limit. */
    private static JsonNode number(List<ObjectNode> objects, boolean integer) {
        List<BigDecimal> candidates = new ArrayList<>(List.of(BigDecimal.ZERO));
        for (ObjectNode schema : objects) {
            for (String keyword : List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")) {
                if (schema.path(keyword).isNumber()) {
                    BigDecimal bound = schema.get(keyword).decimalValue();
                    candidates.addAll(List.of(
                            bound,
                            bound.add(BigDecimal.ONE),
                            bound.subtract(BigDecimal.ONE),
                            bound.setScale(0, RoundingMode.CEILING),
                            bound.setScale(0, RoundingMode.FLOOR)));
                }
            }
        }
        for (ObjectNode schema : objects) {
            if (schema.path("multipleOf").isNumber()
                    && schema.get("multipleOf").decimalValue().signum() > 0) {
                BigDecimal step = schema.get("multipleOf").decimalValue();
                for (BigDecimal near : List.copyOf(candidates)) {
                    BigDecimal times = near.divide(step, 0, RoundingMode.CEILING);
                    candidates.add(times.multiply(step));
                    candidates.add(times.add(BigDecimal.ONE).multiply(step));
                }
            }
        }
        candidates.sort((a, b) -> a.abs().compareTo(b.abs()));
        for (BigDecimal candidate : candidates) {
            if ((!integer || candidate.stripTrailingZeros().scale() <= 0)
                    && objects.stream().allMatch(s -> meets(s, candidate))) {
                return candidate.stripTrailingZeros().scale() <= 0
                        ? integral(candidate.toBigInteger())
                        : JsonNodeFactory.instance.numberNode(candidate);
            }
        }
        return null;
    }

    /** The node a parser gives for this integer (int, long or big), so values compare equal to parsed ones. */
    private static JsonNode integral(BigInteger value) {
        if (value.bitLength() < Integer.SIZE) {
            return JsonNodeFactory.instance.numberNode(value.intValue());
        }
        return value.bitLength() < Long.SIZE
                ? JsonNodeFactory.instance.numberNode(value.longValue())
                : JsonNodeFactory.instance.numberNode(value);
    }

    private static boolean meets(ObjectNode schema, BigDecimal value) {
        JsonNode min = schema.path("minimum");
        JsonNode max = schema.path("maximum");
        JsonNode exclusiveMin = schema.path("exclusiveMinimum");
        JsonNode exclusiveMax = schema.path("exclusiveMaximum");
        JsonNode step = schema.path("multipleOf");
        boolean draft4Min = exclusiveMin.isBoolean() && exclusiveMin.booleanValue();
        boolean draft4Max = exclusiveMax.isBoolean() && exclusiveMax.booleanValue();
        return (!min.isNumber()
                        || (draft4Min
                                ? value.compareTo(min.decimalValue()) > 0
                                : value.compareTo(min.decimalValue()) >= 0))
                && (!max.isNumber()
                        || (draft4Max
                                ? value.compareTo(max.decimalValue()) < 0
                                : value.compareTo(max.decimalValue()) <= 0))
                && (!exclusiveMin.isNumber() || value.compareTo(exclusiveMin.decimalValue()) > 0)
                && (!exclusiveMax.isNumber() || value.compareTo(exclusiveMax.decimalValue()) < 0)
                && (!step.isNumber()
                        || step.decimalValue().signum() <= 0
                        || value.remainder(step.decimalValue()).signum() == 0);
    }
}
