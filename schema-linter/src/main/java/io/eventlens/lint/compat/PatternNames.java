package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which {@code patternProperties} schema covers a property name. The only place a user's regex runs,
 * and only against property names from the schemas themselves, with a bounded step count: a pattern
 * that backtracks catastrophically stops the comparison with a clear error instead of hanging.
 */
final class PatternNames {

    static final int MAX_STEPS = 100_000;
    static final long MAX_TOTAL_STEPS = 5_000_000;

    private PatternNames() {}

    /** The schema of the first pattern property matching the name, or null. */
    static JsonNode schemaFor(ObjectNode schema, String name, String pointer, long[] totalReads) {
        String regex = firstMatching(schema, name, pointer, totalReads);
        return regex == null ? null : schema.get("patternProperties").get(regex);
    }

    /** The first pattern property (its regex) matching the name, or null. */
    static String firstMatching(ObjectNode schema, String name, String pointer, long[] totalReads) {
        JsonNode patterns = schema.get("patternProperties");
        if (patterns == null || !patterns.isObject()) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = patterns.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (matches(entry.getKey(), name, Json.child(pointer, "patternProperties", entry.getKey()), totalReads)) {
                return entry.getKey();
            }
        }
        return null;
    }

    static boolean matches(String regex, String name, String pointer, long[] totalReads) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new SchemaComparisonException(
                    "pattern '" + regex + "' at '" + pointer + "' is not a valid regular expression: "
                            + e.getDescription(),
                    pointer);
        }
        try {
            return pattern.matcher(new Budgeted(name, new int[1], totalReads)).find();
        } catch (Budgeted.Exhausted e) {
            if (totalReads[0] > MAX_TOTAL_STEPS) {
                throw new SchemaComparisonException(
                        "matching property names against patternProperties stopped after "
                                + MAX_TOTAL_STEPS + " steps in total, at pattern '" + regex + "' and property '" + name
                                + "' ('"
                                + pointer + "'): too many names for slow patterns; simplify the patterns",
                        pointer);
            }
            throw new SchemaComparisonException(
                    "pattern '" + regex + "' at '" + pointer + "' needed more than "
                            + MAX_STEPS + " steps to match the property name '" + name
                            + "' (catastrophic backtracking); use a pattern without nested quantifiers",
                    pointer);
        }
    }

    /** A name that counts how often the regex engine reads it and gives up past the budget. */
    private static final class Budgeted implements CharSequence {
        private final String text;
        private final int[] reads;
        private final long[] totalReads;

        Budgeted(String text, int[] reads, long[] totalReads) {
            this.text = text;
            this.reads = reads;
            this.totalReads = totalReads;
        }

        @Override
        public char charAt(int index) {
            if (++reads[0] > MAX_STEPS || ++totalReads[0] > MAX_TOTAL_STEPS) {
                throw new Exhausted();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text.substring(start, end), reads, totalReads);
        }

        @Override
        public String toString() {
            return text;
        }

        private static final class Exhausted extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Exhausted() {
                super(null, null, false, false);
            }
        }
    }
}
