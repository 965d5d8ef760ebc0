package io.eventlens.lint.compat;

import static io.eventlens.lint.compat.Effect.BREAKS;
import static io.eventlens.lint.compat.Effect.SAFE;
import static io.eventlens.lint.compat.Effect.STRICT_ONLY;

import java.util.Locale;

/**
 * Every kind of change the diff engine reports, each with its effect on readers in both directions and
 * a message template ({@code {pointer}}, {@code {old}}, {@code {new}}). The texts are data, kept in
 * {@code ChangeKind.properties} beside this enum (see {@link ChangeTexts}).
 *
 * <p>{@link #backward()} is what the change does when the new schema reads old data; {@link #forward()}
 * when the old schema reads new data. The checker only ever uses {@link #backward()}: forward checks
 * run the backward comparison with the versions swapped, which reports the mirror kind (for example
 * {@code MAX_LENGTH_INCREASED} becomes {@code MAX_LENGTH_DECREASED}); {@code forward()} documents that
 * mirror and is held to it by tests. Kinds whose effect is {@link Effect#STRICT_ONLY} carry a remedy.
 */
public enum ChangeKind {
    SCHEMA_MADE_FALSE(BREAKS, SAFE),
    SCHEMA_NO_LONGER_FALSE(SAFE, BREAKS),
    SCHEMA_MADE_TRUE(STRICT_ONLY, BREAKS),
    TYPE_NARROWED(BREAKS, SAFE),
    TYPE_WIDENED(SAFE, BREAKS),
    TYPE_CHANGED(BREAKS, BREAKS),
    ENUM_ADDED(BREAKS, SAFE),
    ENUM_REMOVED(SAFE, BREAKS),
    ENUM_VALUES_ADDED(SAFE, BREAKS),
    ENUM_VALUES_REMOVED(BREAKS, SAFE),
    ENUM_CHANGED(BREAKS, BREAKS),
    MIN_LENGTH_ADDED(BREAKS, SAFE),
    MIN_LENGTH_REMOVED(SAFE, BREAKS),
    MIN_LENGTH_INCREASED(BREAKS, SAFE),
    MIN_LENGTH_DECREASED(SAFE, BREAKS),
    MAX_LENGTH_ADDED(BREAKS, SAFE),
    MAX_LENGTH_REMOVED(SAFE, BREAKS),
    MAX_LENGTH_INCREASED(SAFE, BREAKS),
    MAX_LENGTH_DECREASED(BREAKS, SAFE),
    PATTERN_ADDED(BREAKS, SAFE),
    PATTERN_REMOVED(SAFE, BREAKS),
    PATTERN_CHANGED(BREAKS, BREAKS),
    FORMAT_ADDED(BREAKS, SAFE),
    FORMAT_REMOVED(SAFE, BREAKS),
    FORMAT_CHANGED(BREAKS, BREAKS),
    CONTENT_ADDED(BREAKS, SAFE),
    CONTENT_REMOVED(SAFE, BREAKS),
    CONTENT_CHANGED(BREAKS, BREAKS),
    MINIMUM_ADDED(BREAKS, SAFE),
    MINIMUM_REMOVED(SAFE, BREAKS),
    MINIMUM_INCREASED(BREAKS, SAFE),
    MINIMUM_DECREASED(SAFE, BREAKS),
    MINIMUM_MADE_EXCLUSIVE(BREAKS, SAFE),
    MINIMUM_MADE_INCLUSIVE(SAFE, BREAKS),
    MAXIMUM_ADDED(BREAKS, SAFE),
    MAXIMUM_REMOVED(SAFE, BREAKS),
    MAXIMUM_INCREASED(SAFE, BREAKS),
    MAXIMUM_DECREASED(BREAKS, SAFE),
    MAXIMUM_MADE_EXCLUSIVE(BREAKS, SAFE),
    MAXIMUM_MADE_INCLUSIVE(SAFE, BREAKS),
    MULTIPLE_OF_ADDED(BREAKS, SAFE),
    MULTIPLE_OF_REMOVED(SAFE, BREAKS),
    MULTIPLE_OF_RELAXED(SAFE, BREAKS),
    MULTIPLE_OF_TIGHTENED(BREAKS, SAFE),
    MULTIPLE_OF_CHANGED(BREAKS, BREAKS),
    PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL(STRICT_ONLY, SAFE),
    PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL(SAFE, STRICT_ONLY),
    PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL(SAFE, BREAKS),
    PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL(BREAKS, SAFE),
    PROPERTY_ADDED_TO_PARTIALLY_OPEN_CONTENT_MODEL(SAFE, SAFE),
    PROPERTY_REMOVED_FROM_PARTIALLY_OPEN_CONTENT_MODEL(SAFE, SAFE),
    REQUIRED_PROPERTY_ADDED(BREAKS, SAFE),
    REQUIRED_PROPERTY_REMOVED(SAFE, BREAKS),
    CONTENT_MODEL_CLOSED(STRICT_ONLY, SAFE),
    CONTENT_MODEL_OPENED(SAFE, STRICT_ONLY),
    PARTIALLY_OPEN_CONTENT_MODEL_CLOSED(BREAKS, SAFE),
    CONTENT_MODEL_PARTIALLY_OPENED(SAFE, BREAKS),
    OPEN_CONTENT_MODEL_NARROWED(STRICT_ONLY, SAFE),
    PATTERN_PROPERTY_ADDED(SAFE, SAFE),
    PATTERN_PROPERTY_REMOVED(SAFE, SAFE),
    PATTERN_PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL(SAFE, BREAKS),
    PATTERN_PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL(BREAKS, SAFE),
    PATTERN_PROPERTY_APPLIES_TO_DECLARED(SAFE, SAFE),
    MIN_PROPERTIES_ADDED(BREAKS, SAFE),
    MIN_PROPERTIES_REMOVED(SAFE, BREAKS),
    MIN_PROPERTIES_INCREASED(BREAKS, SAFE),
    MIN_PROPERTIES_DECREASED(SAFE, BREAKS),
    MAX_PROPERTIES_ADDED(BREAKS, SAFE),
    MAX_PROPERTIES_REMOVED(SAFE, BREAKS),
    MAX_PROPERTIES_INCREASED(SAFE, BREAKS),
    MAX_PROPERTIES_DECREASED(BREAKS, SAFE),
    DEPENDENT_REQUIRED_ADDED(BREAKS, SAFE),
    DEPENDENT_REQUIRED_REMOVED(SAFE, BREAKS),
    DEPENDENT_SCHEMA_ADDED(BREAKS, SAFE),
    DEPENDENT_SCHEMA_REMOVED(SAFE, BREAKS),
    ITEMS_LIST_AND_TUPLE_SWAPPED(BREAKS, BREAKS),
    ITEM_ADDED_TO_OPEN_CONTENT_MODEL(STRICT_ONLY, SAFE),
    ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL(SAFE, STRICT_ONLY),
    ITEM_ADDED_TO_CLOSED_CONTENT_MODEL(SAFE, BREAKS),
    ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL(BREAKS, SAFE),
    MIN_ITEMS_ADDED(BREAKS, SAFE),
    MIN_ITEMS_REMOVED(SAFE, BREAKS),
    MIN_ITEMS_INCREASED(BREAKS, SAFE),
    MIN_ITEMS_DECREASED(SAFE, BREAKS),
    MAX_ITEMS_ADDED(BREAKS, SAFE),
    MAX_ITEMS_REMOVED(SAFE, BREAKS),
    MAX_ITEMS_INCREASED(SAFE, BREAKS),
    MAX_ITEMS_DECREASED(BREAKS, SAFE),
    UNIQUE_ITEMS_ADDED(BREAKS, SAFE),
    UNIQUE_ITEMS_REMOVED(SAFE, BREAKS),
    CONTAINS_ADDED(BREAKS, SAFE),
    CONTAINS_REMOVED(SAFE, BREAKS),
    MIN_CONTAINS_INCREASED(BREAKS, SAFE),
    MIN_CONTAINS_DECREASED(SAFE, BREAKS),
    MAX_CONTAINS_ADDED(BREAKS, SAFE),
    MAX_CONTAINS_REMOVED(SAFE, BREAKS),
    MAX_CONTAINS_INCREASED(SAFE, BREAKS),
    MAX_CONTAINS_DECREASED(BREAKS, SAFE),
    CONTAINS_SCHEMA_WIDENED_UNDER_MAX_CONTAINS(BREAKS, BREAKS),
    ALTERNATIVE_ADDED(SAFE, BREAKS),
    ALTERNATIVE_REMOVED(BREAKS, SAFE),
    ALTERNATIVES_MADE_EXCLUSIVE(BREAKS, SAFE),
    ALTERNATIVES_MADE_INCLUSIVE(SAFE, BREAKS),
    ONE_OF_ALTERNATIVES_OVERLAP(BREAKS, SAFE),
    ONE_OF_ALTERNATIVES_OVERLAP_PARTLY(BREAKS, SAFE),
    NOT_ADDED(BREAKS, STRICT_ONLY),
    NOT_REMOVED(STRICT_ONLY, BREAKS),
    NOT_SCHEMA_WIDENED(BREAKS, SAFE),
    NOT_SCHEMA_NARROWED(SAFE, BREAKS),
    NOT_SCHEMA_CHANGED(BREAKS, BREAKS),
    CONDITION_CHANGED(BREAKS, BREAKS),
    AVRO_FIELD_ADDED_WITH_DEFAULT(SAFE, SAFE),
    AVRO_FIELD_ADDED_WITHOUT_DEFAULT(BREAKS, SAFE),
    AVRO_FIELD_REMOVED(SAFE, SAFE),
    AVRO_FIELD_REMOVED_WITHOUT_DEFAULT(SAFE, BREAKS),
    AVRO_FIELD_RENAMED_WITH_ALIAS(SAFE, BREAKS),
    AVRO_FIELD_DEFAULT_CHANGED(SAFE, SAFE),
    AVRO_TYPE_PROMOTED(SAFE, BREAKS),
    AVRO_TYPE_STRING_BYTES_SWAPPED(SAFE, SAFE),
    AVRO_TYPE_NARROWED(BREAKS, SAFE),
    AVRO_TYPE_CHANGED(BREAKS, BREAKS),
    AVRO_NAMESPACE_CHANGED(SAFE, SAFE),
    AVRO_NAME_CHANGED_WITH_ALIAS(SAFE, BREAKS),
    AVRO_NAME_CHANGED(BREAKS, BREAKS),
    AVRO_ENUM_SYMBOLS_ADDED(SAFE, BREAKS),
    AVRO_ENUM_SYMBOLS_ADDED_BEHIND_DEFAULT(SAFE, SAFE),
    AVRO_ENUM_SYMBOLS_REMOVED(BREAKS, SAFE),
    AVRO_ENUM_SYMBOLS_REMOVED_TO_DEFAULT(SAFE, SAFE),
    AVRO_FIXED_SIZE_CHANGED(BREAKS, BREAKS),
    AVRO_UNION_BRANCH_ADDED(SAFE, BREAKS),
    AVRO_UNION_BRANCH_REMOVED(BREAKS, SAFE),
    AVRO_LOGICAL_TYPE_CHANGED(BREAKS, BREAKS),
    AVRO_DECIMAL_PRECISION_WIDENED(SAFE, BREAKS),
    AVRO_DECIMAL_PRECISION_NARROWED(BREAKS, SAFE);

    private final Effect backward;
    private final Effect forward;
    private final String template;
    private final String remedy;

    ChangeKind(Effect backward, Effect forward) {
        this.backward = backward;
        this.forward = forward;
        this.template = ChangeTexts.message(name());
        this.remedy = ChangeTexts.remedy(name());
    }

    /**
     * The rule id the CLI reports this kind under and the web shows: the name in lower case with hyphens, e.g.
     * {@code type-changed} for {@link #TYPE_CHANGED}.
     */
    public String ruleId() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether this is a kind of the Avro comparison ({@link SchemaLanguage#AVRO}), where no policy applies. */
    public boolean avro() {
        return name().startsWith("AVRO_");
    }

    /** Effect when the new schema reads data written with the old one. */
    public Effect backward() {
        return backward;
    }

    /** Effect when the old schema reads data written with the new one. */
    public Effect forward() {
        return forward;
    }

    /**
     * The message template, with {@code {pointer}}, {@code {old}} and {@code {new}} placeholders, as
     * {@code ChangeKind.properties} gives it.
     */
    public String template() {
        return template;
    }

    /** For a {@link Effect#STRICT_ONLY} kind, how to make the change pass under STRICT; empty otherwise. */
    public String remedy() {
        return remedy;
    }

    /** The one-sentence explanation of this kind of change at a pointer, with old and new values as text. */
    public String explain(String pointer, String oldValue, String newValue) {
        return template.replace("{pointer}", pointer.isEmpty() ? "the root" : "'" + pointer + "'")
                .replace("{old}", oldValue)
                .replace("{new}", newValue);
    }
}
