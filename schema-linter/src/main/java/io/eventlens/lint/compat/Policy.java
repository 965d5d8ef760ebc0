package io.eventlens.lint.compat;

/**
 * How strictly an open content model is read.
 *
 * <p>{@link #STRICT} is the schema registries' behaviour (Confluent, Karapace, Apicurio): when the old
 * schema leaves its object or tuple open, old data may already carry any property or item, with any
 * value, so naming that property or item in a new version, closing the model or giving it a schema
 * (or dropping a {@code not}) counts as a breaking change. {@link #LENIENT} assumes producers only ever
 * wrote what the schema declared (named properties and positions, pattern properties, an
 * additionalProperties or items schema, the items of a plain array), so such changes pass; what the old
 * schema declares stays checked. Every other rule is the same under both policies.
 */
public enum Policy {
    STRICT,
    LENIENT;

    /** Parses a policy name case-insensitively; the message names the value and the allowed ones. */
    public static Policy parse(String value) {
        for (Policy policy : values()) {
            if (policy.name().equalsIgnoreCase(String.valueOf(value).trim())) {
                return policy;
            }
        }
        throw new IllegalArgumentException("unknown compatibility policy '" + value + "'; allowed: STRICT, LENIENT");
    }
}
