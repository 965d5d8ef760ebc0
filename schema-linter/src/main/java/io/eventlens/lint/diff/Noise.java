package io.eventlens.lint.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Removes what a parser injects ({@code x-parser-*}) so it never shows as a change, and writes every number one way:
 * the loader reads YAML integers as longs and decimals as big decimals, a stored snapshot's JSON as ints and doubles,
 * and the same {@code const: 1} must compare equal from either.
 */
final class Noise {

    private static final int MAX_DEPTH = 200;

    private Noise() {}

    /** A copy without {@code x-parser-*} keys at any depth (deeper than 200 levels is kept as is). */
    static JsonNode strip(JsonNode node) {
        return node == null ? null : strip(node.deepCopy(), 0);
    }

    private static JsonNode strip(JsonNode node, int depth) {
        if (depth > MAX_DEPTH) {
            return node;
        }
        if (node instanceof ObjectNode object) {
            List<String> noise = new ArrayList<>();
            object.fieldNames().forEachRemaining(name -> {
                if (name.startsWith("x-parser-")) {
                    noise.add(name);
                }
            });
            object.remove(noise);
            object.fields().forEachRemaining(e -> e.setValue(strip(e.getValue(), depth + 1)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, strip(array.get(i), depth + 1));
            }
        } else if (node != null && node.isNumber()) {
            return number(node);
        }
        return node;
    }

    /** Integers as longs (big integers beyond), other numbers as decimals without trailing zeros. */
    private static JsonNode number(JsonNode number) {
        if (number.isIntegralNumber()) {
            return number.canConvertToLong()
                    ? LongNode.valueOf(number.longValue())
                    : BigIntegerNode.valueOf(number.bigIntegerValue());
        }
        BigDecimal value = number.decimalValue().stripTrailingZeros();
        return DecimalNode.valueOf(new BigDecimal(value.toPlainString()));
    }

    static boolean same(JsonNode a, JsonNode b) {
        return Objects.equals(strip(a), strip(b));
    }
}
