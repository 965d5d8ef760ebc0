package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One change between two schemas.
 *
 * @param kind        what changed, with its compatibility in both directions
 * @param pointer     JSON Pointer of the change, in the new schema when it exists there ("" is the root)
 * @param oldValue    the value in the old schema, or {@code null} when absent there
 * @param newValue    the value in the new schema, or {@code null} when absent there
 * @param explanation one sentence saying why the change breaks readers or not
 */
public record SchemaChange(ChangeKind kind, String pointer, JsonNode oldValue, JsonNode newValue, String explanation) {

    public SchemaChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(explanation, "explanation");
    }

    static SchemaChange of(ChangeKind kind, String pointer, JsonNode oldValue, JsonNode newValue) {
        return new SchemaChange(
                kind, pointer, oldValue, newValue, kind.explain(pointer, text(oldValue), text(newValue)));
    }

    /**
     * Hashed without the two values: their deep hashes dominated checks that collect changes in sets, and the
     * explanation already quotes them. Consistent with the record's {@code equals}, which still compares all five.
     */
    @Override
    public int hashCode() {
        return Objects.hash(kind, pointer, explanation);
    }

    /** Whether the new schema can still read old data despite this change, under the policy. */
    public boolean isBackwardCompatible(Policy policy) {
        return kind.backward().compatibleUnder(policy);
    }

    private static String text(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "(absent)";
        }
        String text = value.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
