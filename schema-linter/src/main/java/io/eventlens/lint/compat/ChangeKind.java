package io.eventlens.lint.compat;

import java.util.Locale;

/**
 * Every kind of change the diff engine reports, each with its effect on readers in both directions and
 * a message template ({@code {pointer}}, {@code {old}}, {@code {new}}).
 *
 * <p>{@link #backward()} is what the change does when the new schema reads old data; {@link #forward()}
 * when the old schema reads new data. The checker only ever uses {@link #backward()}: forward checks
 * run the backward comparison with the versions swapped, which reports the mirror kind (for example
 * {@code MAX_LENGTH_INCREASED} becomes {@code MAX_LENGTH_DECREASED}); {@code forward()} documents that
 * mirror and is held to it by tests. Kinds whose effect is {@link Effect#STRICT_ONLY} carry a remedy.
 */
public enum ChangeKind {
    SCHEMA_MADE_FALSE(
            Effect.BREAKS,
            Effect.SAFE,
            "The new schema at {pointer} is false and rejects every value the old schema {old} accepted."),
    SCHEMA_NO_LONGER_FALSE(
            Effect.SAFE,
            Effect.BREAKS,
            "The old schema at {pointer} was false, so no old data exists there and the new "
                    + "schema {new} has nothing to reject."),
    SCHEMA_MADE_TRUE(
            Effect.STRICT_ONLY,
            Effect.BREAKS,
            "The whole schema became the boolean schema true; it accepts every value, but "
                    + "registries read a root true as an empty object schema, so old {old} "
                    + "values count as a type change.",
            "write {} (or list the types) instead of the boolean true, or check under LENIENT, "
                    + "which reads true as accepting every value"),
    TYPE_NARROWED(
            Effect.BREAKS,
            Effect.SAFE,
            "The type at {pointer} narrowed from {old} to {new}, so old values of the dropped types are rejected."),
    TYPE_WIDENED(
            Effect.SAFE,
            Effect.BREAKS,
            "The type at {pointer} widened from {old} to {new}, so every old value is still accepted."),
    TYPE_CHANGED(
            Effect.BREAKS,
            Effect.BREAKS,
            "The type at {pointer} changed from {old} to {new}, and neither accepts all values of the other."),
    ENUM_ADDED(
            Effect.BREAKS,
            Effect.SAFE,
            "The value at {pointer} is now limited to {new} (enum or const), which old data need not match."),
    ENUM_REMOVED(
            Effect.SAFE,
            Effect.BREAKS,
            "The value at {pointer} is no longer limited to {old} (enum or const), so every "
                    + "old value is still accepted."),
    ENUM_VALUES_ADDED(
            Effect.SAFE,
            Effect.BREAKS,
            "The allowed values at {pointer} grew from {old} to {new}, so every old value is still accepted."),
    ENUM_VALUES_REMOVED(
            Effect.BREAKS,
            Effect.SAFE,
            "The allowed values at {pointer} shrank from {old} to {new}, so old data using a "
                    + "dropped value is rejected."),
    ENUM_CHANGED(
            Effect.BREAKS,
            Effect.BREAKS,
            "The allowed values at {pointer} changed from {old} to {new}, and neither set contains the other."),
    MIN_LENGTH_ADDED(
            Effect.BREAKS,
            Effect.SAFE,
            "A minLength of {new} was added at {pointer}, so shorter old strings are rejected."),
    MIN_LENGTH_REMOVED(
            Effect.SAFE,
            Effect.BREAKS,
            "The minLength of {old} at {pointer} was removed, so every old string is still accepted."),
    MIN_LENGTH_INCREASED(
            Effect.BREAKS,
            Effect.SAFE,
            "The minLength at {pointer} rose from {old} to {new}, so shorter old strings are rejected."),
    MIN_LENGTH_DECREASED(
            Effect.SAFE,
            Effect.BREAKS,
            "The minLength at {pointer} fell from {old} to {new}, so every old string is still accepted."),
    MAX_LENGTH_ADDED(
            Effect.BREAKS,
            Effect.SAFE,
            "A maxLength of {new} was added at {pointer}, so longer old strings are rejected."),
    MAX_LENGTH_REMOVED(
            Effect.SAFE,
            Effect.BREAKS,
            "The maxLength of {old} at {pointer} was removed, so every old string is still accepted."),
    MAX_LENGTH_INCREASED(
            Effect.SAFE,
            Effect.BREAKS,
            "The maxLength at {pointer} rose from {old} to {new}, so every old string is still accepted."),
    MAX_LENGTH_DECREASED(
            Effect.BREAKS,
            Effect.SAFE,
            "The maxLength at {pointer} fell from {old} to {new}, so longer old strings are rejected."),
    PATTERN_ADDED(
            Effect.BREAKS,
            Effect.SAFE,
            "A pattern {new} was added at {pointer}, so old strings that do not match it are rejected."),
    PATTERN_REMOVED(
            Effect.SAFE,
            Effect.BREAKS,
            "The pattern {old} at {pointer} was removed, so every old string is still accepted."),
    PATTERN_CHANGED(
            Effect.BREAKS,
            Effect.BREAKS,
            "The pattern at {pointer} changed from {old} to {new}; patterns are compared as "
                    + "text, so old strings may no longer match."),
    FORMAT_ADDED(
            Effect.BREAKS,
            Effect.SAFE,
            "A format {new} was added at {pointer}, so old strings in another shape are rejected."),
    FORMAT_REMOVED(
            Effect.SAFE,
            Effect.BREAKS,
            "The format {old} at {pointer} was removed, so every old string is still accepted."),
    FORMAT_CHANGED(
            Effect.BREAKS,
            Effect.BREAKS,
            "The format at {pointer} changed from {old} to {new}, so old strings may not be in the new shape."),
    CONTENT_ADDED(
            Effect.BREAKS,
            Effect.SAFE,
            "A content encoding or media type {new} was added at {pointer}, so old strings need not satisfy it."),
    CONTENT_REMOVED(
            Effect.SAFE,
            Effect.BREAKS,
            "The content encoding or media type {old} at {pointer} was removed, so every old "
                    + "string is still accepted."),
    CONTENT_CHANGED(
            Effect.BREAKS,
            Effect.BREAKS,
            "The content encoding or media type at {pointer} changed from {old} to {new}, so "
                    + "old strings are in the wrong form."),
    MINIMUM_ADDED(
            Effect.BREAKS,
            Effect.SAFE,
            "A lower bound of {new} was added at {pointer}, so smaller old numbers are rejected."),
    MINIMUM_REMOVED(
            Effect.SAFE,
            Effect.BREAKS,
            "The lower bound of {old} at {pointer} was removed, so every old number is still accepted."),
    MINIMUM_INCREASED(
            Effect.BREAKS,
            Effect.SAFE,
            "The lower bound at {pointer} rose from {old} to {new}, so smaller old numbers are rejected."),
    MINIMUM_DECREASED(
            Effect.SAFE,
            Effect.BREAKS,
            "The lower bound at {pointer} fell from {old} to {new}, so every old number is still accepted."),
    MINIMUM_MADE_EXCLUSIVE(
            Effect.BREAKS,
            Effect.SAFE,
            "The lower bound {new} at {pointer} became exclusive, so old numbers equal to it are rejected."),
    MINIMUM_MADE_INCLUSIVE(
            Effect.SAFE,
            Effect.BREAKS,
            "The lower bound {new} at {pointer} became inclusive, so every old number is still accepted."),
    MAXIMUM_ADDED(
            Effect.BREAKS,
            Effect.SAFE,
            "An upper bound of {new} was added at {pointer}, so larger old numbers are rejected."),
    MAXIMUM_REMOVED(
            Effect.SAFE,
            Effect.BREAKS,
            "The upper bound of {old} at {pointer} was removed, so every old number is still accepted."),
    MAXIMUM_INCREASED(
            Effect.SAFE,
            Effect.BREAKS,
            "The upper bound at {pointer} rose from {old} to {new}, so every old number is still accepted."),
    MAXIMUM_DECREASED(
            Effect.BREAKS,
            Effect.SAFE,
            "The upper bound at {pointer} fell from {old} to {new}, so larger old numbers are rejected."),
    MAXIMUM_MADE_EXCLUSIVE(
            Effect.BREAKS,
            Effect.SAFE,
            "The upper bound {new} at {pointer} became exclusive, so old numbers equal to it are rejected."),
    MAXIMUM_MADE_INCLUSIVE(
            Effect.SAFE,
            Effect.BREAKS,
            "The upper bound {new} at {pointer} became inclusive, so every old number is still accepted."),
    MULTIPLE_OF_ADDED(
            Effect.BREAKS,
            Effect.SAFE,
            "A multipleOf {new} was added at {pointer}, so old numbers that are not multiples of it are rejected."),
    MULTIPLE_OF_REMOVED(
            Effect.SAFE,
            Effect.BREAKS,
            "The multipleOf {old} at {pointer} was removed, so every old number is still accepted."),
    MULTIPLE_OF_RELAXED(
            Effect.SAFE,
            Effect.BREAKS,
            "The multipleOf at {pointer} changed from {old} to {new}, which divides it, so "
                    + "every old number is still accepted."),
    MULTIPLE_OF_TIGHTENED(
            Effect.BREAKS,
            Effect.SAFE,
            "The multipleOf at {pointer} changed from {old} to {new}, a multiple of it, so "
                    + "some old numbers are rejected."),
    MULTIPLE_OF_CHANGED(
            Effect.BREAKS,
            Effect.BREAKS,
            "The multipleOf at {pointer} changed from {old} to {new}, and neither divides the other."),
    PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL(
            Effect.STRICT_ONLY,
            Effect.SAFE,
            "The property at {pointer} was added to an open object, and old data may already carry it with any value.",
            "close the old object (additionalProperties: false) before adding properties, or "
                    + "declare additionalProperties (or patternProperties) with a schema the "
                    + "new property accepts; or check under LENIENT if producers never send undeclared properties"),
    PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL(
            Effect.SAFE,
            Effect.STRICT_ONLY,
            "The property at {pointer} was removed from an open object, which still accepts it with any value.",
            "keep the property declared, or close the object (additionalProperties: false); or "
                    + "check under LENIENT if producers never send undeclared properties"),
    PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL(
            Effect.SAFE,
            Effect.BREAKS,
            "The property at {pointer} was added where the old object was closed, so old data never carries it."),
    PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL(
            Effect.BREAKS,
            Effect.SAFE,
            "The property at {pointer} was removed and the new object is closed, so old data carrying it is rejected."),
    PROPERTY_ADDED_TO_PARTIALLY_OPEN_CONTENT_MODEL(
            Effect.SAFE,
            Effect.SAFE,
            "The property at {pointer} was added and is checked against the old additionalProperties schema {old}."),
    PROPERTY_REMOVED_FROM_PARTIALLY_OPEN_CONTENT_MODEL(
            Effect.SAFE,
            Effect.SAFE,
            "The property at {pointer} was removed and its old schema {old} is checked against "
                    + "the new additionalProperties schema."),
    REQUIRED_PROPERTY_ADDED(
            Effect.BREAKS,
            Effect.SAFE,
            "The property {new} became required at {pointer}, so old data without it is rejected."),
    REQUIRED_PROPERTY_REMOVED(
            Effect.SAFE,
            Effect.BREAKS,
            "The property {old} is no longer required at {pointer}, so every old value is still accepted."),
    CONTENT_MODEL_CLOSED(
            Effect.STRICT_ONLY,
            Effect.SAFE,
            "The open object or array at {pointer} was closed (now false, was {old}), so old "
                    + "data with members it does not declare is rejected.",
            "leave the object or array open (additionalProperties, unevaluatedProperties or "
                    + "the tuple's items absent or true), since under STRICT old data may "
                    + "carry any undeclared member; or check under LENIENT if producers never send undeclared members"),
    CONTENT_MODEL_OPENED(
            Effect.SAFE,
            Effect.STRICT_ONLY,
            "The object or array at {pointer} was opened (was false, now {new}), so every old value is still accepted.",
            "keep the object or array closed while readers of the closed version remain, since "
                    + "under STRICT new data may carry any undeclared member; or check under "
                    + "LENIENT if producers never send undeclared members"),
    PARTIALLY_OPEN_CONTENT_MODEL_CLOSED(
            Effect.BREAKS,
            Effect.SAFE,
            "The object or array at {pointer} was closed (now false, was {old}), so old data "
                    + "with the extra members that schema accepted is rejected."),
    CONTENT_MODEL_PARTIALLY_OPENED(
            Effect.SAFE,
            Effect.BREAKS,
            "The closed object or array at {pointer} now accepts extra members matching {new}, "
                    + "so every old value is still accepted."),
    OPEN_CONTENT_MODEL_NARROWED(
            Effect.STRICT_ONLY,
            Effect.SAFE,
            "The undeclared members of the open object or array at {pointer} (was {old}) must "
                    + "now match {new}, so old data with such a member of another shape is rejected.",
            "leave the schema for undeclared members true or absent, since under STRICT old "
                    + "data may carry any undeclared member with any value; or check under "
                    + "LENIENT if producers never send undeclared members"),
    PATTERN_PROPERTY_ADDED(
            Effect.SAFE,
            Effect.SAFE,
            "The pattern property at {pointer} was added and is checked against the old "
                    + "additionalProperties schema {old}."),
    PATTERN_PROPERTY_REMOVED(
            Effect.SAFE,
            Effect.SAFE,
            "The pattern property at {pointer} was removed and its old schema {old} is checked "
                    + "against the new additionalProperties schema."),
    PATTERN_PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL(
            Effect.SAFE, Effect.BREAKS, "The pattern property at {pointer} was added where the old object was closed."),
    PATTERN_PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL(
            Effect.BREAKS,
            Effect.SAFE,
            "The pattern property at {pointer} was removed and the new object is closed, so "
                    + "old data with matching names is rejected."),
    /** Its old value is the name of the declared property, its new value the pattern's schema. */
    PATTERN_PROPERTY_APPLIES_TO_DECLARED(
            Effect.SAFE,
            Effect.SAFE,
            "The pattern property at {pointer} now also constrains the declared property "
                    + "{old}, so its old values are checked against the pattern's schema {new}."),
    MIN_PROPERTIES_ADDED(
            Effect.BREAKS,
            Effect.SAFE,
            "A minProperties of {new} was added at {pointer}, so smaller old objects are rejected."),
    MIN_PROPERTIES_REMOVED(
            Effect.SAFE,
            Effect.BREAKS,
            "The minProperties of {old} at {pointer} was removed, so every old object is still accepted."),
    MIN_PROPERTIES_INCREASED(
            Effect.BREAKS,
            Effect.SAFE,
            "The minProperties at {pointer} rose from {old} to {new}, so smaller old objects are rejected."),
    MIN_PROPERTIES_DECREASED(
            Effect.SAFE,
            Effect.BREAKS,
            "The minProperties at {pointer} fell from {old} to {new}, so every old object is still accepted."),
    MAX_PROPERTIES_ADDED(
            Effect.BREAKS,
            Effect.SAFE,
            "A maxProperties of {new} was added at {pointer}, so larger old objects are rejected."),
    MAX_PROPERTIES_REMOVED(
            Effect.SAFE,
            Effect.BREAKS,
            "The maxProperties of {old} at {pointer} was removed, so every old object is still accepted."),
    MAX_PROPERTIES_INCREASED(
            Effect.SAFE,
            Effect.BREAKS,
            "The maxProperties at {pointer} rose from {old} to {new}, so every old object is still accepted."),
    MAX_PROPERTIES_DECREASED(
            Effect.BREAKS,
            Effect.SAFE,
            "The maxProperties at {pointer} fell from {old} to {new}, so larger old objects are rejected."),
    DEPENDENT_REQUIRED_ADDED(
            Effect.BREAKS,
            Effect.SAFE,
            "The property {new} is now required alongside {pointer}, so old data without it is rejected."),
    DEPENDENT_REQUIRED_REMOVED(
            Effect.SAFE,
            Effect.BREAKS,
            "The property {old} is no longer required alongside {pointer}, so every old value is still accepted."),
    DEPENDENT_SCHEMA_ADDED(
            Effect.BREAKS,
            Effect.SAFE,
            "A dependent schema {new} was added at {pointer}, so old data with that property must now also match it."),
    DEPENDENT_SCHEMA_REMOVED(
            Effect.SAFE,
            Effect.BREAKS,
            "The dependent schema {old} at {pointer} was removed, so every old value is still accepted."),
    ITEMS_LIST_AND_TUPLE_SWAPPED(
            Effect.BREAKS,
            Effect.BREAKS,
            "The items at {pointer} switched between one schema for every item and a tuple of "
                    + "positions ({old} to {new}), so old arrays are read position by position differently."),
    ITEM_ADDED_TO_OPEN_CONTENT_MODEL(
            Effect.STRICT_ONLY,
            Effect.SAFE,
            "The tuple position at {pointer} was added where the old array was open, and old "
                    + "arrays may already hold any value there.",
            "close the old tuple (additionalItems / items: false) before adding positions, or "
                    + "declare additionalItems with a schema the new position accepts; or check under LENIENT"),
    ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL(
            Effect.SAFE,
            Effect.STRICT_ONLY,
            "The tuple position at {pointer} was removed, and the new array accepts any value there.",
            "keep the position declared, or close the tuple; or check under LENIENT"),
    ITEM_ADDED_TO_CLOSED_CONTENT_MODEL(
            Effect.SAFE,
            Effect.BREAKS,
            "The tuple position at {pointer} was added where the old array was closed, so old arrays never reach it."),
    ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL(
            Effect.BREAKS,
            Effect.SAFE,
            "The tuple position at {pointer} was removed and the new array is closed, so "
                    + "longer old arrays are rejected."),
    MIN_ITEMS_ADDED(
            Effect.BREAKS,
            Effect.SAFE,
            "A minItems of {new} was added at {pointer}, so shorter old arrays are rejected."),
    MIN_ITEMS_REMOVED(
            Effect.SAFE,
            Effect.BREAKS,
            "The minItems of {old} at {pointer} was removed, so every old array is still accepted."),
    MIN_ITEMS_INCREASED(
            Effect.BREAKS,
            Effect.SAFE,
            "The minItems at {pointer} rose from {old} to {new}, so shorter old arrays are rejected."),
    MIN_ITEMS_DECREASED(
            Effect.SAFE,
            Effect.BREAKS,
            "The minItems at {pointer} fell from {old} to {new}, so every old array is still accepted."),
    MAX_ITEMS_ADDED(
            Effect.BREAKS,
            Effect.SAFE,
            "A maxItems of {new} was added at {pointer}, so longer old arrays are rejected."),
    MAX_ITEMS_REMOVED(
            Effect.SAFE,
            Effect.BREAKS,
            "The maxItems of {old} at {pointer} was removed, so every old array is still accepted."),
    MAX_ITEMS_INCREASED(
            Effect.SAFE,
            Effect.BREAKS,
            "The maxItems at {pointer} rose from {old} to {new}, so every old array is still accepted."),
    MAX_ITEMS_DECREASED(
            Effect.BREAKS,
            Effect.SAFE,
            "The maxItems at {pointer} fell from {old} to {new}, so longer old arrays are rejected."),
    UNIQUE_ITEMS_ADDED(
            Effect.BREAKS,
            Effect.SAFE,
            "Items at {pointer} must now be unique, so old arrays with repeated items are rejected."),
    UNIQUE_ITEMS_REMOVED(
            Effect.SAFE,
            Effect.BREAKS,
            "Items at {pointer} no longer need to be unique, so every old array is still accepted."),
    CONTAINS_ADDED(
            Effect.BREAKS,
            Effect.SAFE,
            "A contains schema {new} was added at {pointer}, so old arrays without a matching item are rejected."),
    CONTAINS_REMOVED(
            Effect.SAFE,
            Effect.BREAKS,
            "The contains schema {old} at {pointer} was removed, so every old array is still accepted."),
    MIN_CONTAINS_INCREASED(
            Effect.BREAKS,
            Effect.SAFE,
            "The minContains at {pointer} rose from {old} to {new} (absent is 1), so old arrays with fewer "
                    + "matching items are rejected."),
    MIN_CONTAINS_DECREASED(
            Effect.SAFE,
            Effect.BREAKS,
            "The minContains at {pointer} fell from {old} to {new} (absent is 1), so every old array is still "
                    + "accepted."),
    MAX_CONTAINS_ADDED(
            Effect.BREAKS,
            Effect.SAFE,
            "A maxContains of {new} was added at {pointer}, so old arrays with more matching items are rejected."),
    MAX_CONTAINS_REMOVED(
            Effect.SAFE,
            Effect.BREAKS,
            "The maxContains of {old} at {pointer} was removed, so every old array is still accepted."),
    MAX_CONTAINS_INCREASED(
            Effect.SAFE,
            Effect.BREAKS,
            "The maxContains at {pointer} rose from {old} to {new}, so every old array is still accepted."),
    MAX_CONTAINS_DECREASED(
            Effect.BREAKS,
            Effect.SAFE,
            "The maxContains at {pointer} fell from {old} to {new}, so old arrays with more matching items are "
                    + "rejected."),
    CONTAINS_SCHEMA_WIDENED_UNDER_MAX_CONTAINS(
            Effect.BREAKS,
            Effect.BREAKS,
            "The contains schema at {pointer} changed from {old} to {new} and now matches items the old one did not,"
                    + " while maxContains caps how many may match, so old arrays may now exceed it."),
    ALTERNATIVE_ADDED(
            Effect.SAFE,
            Effect.BREAKS,
            "The alternative {new} was added at {pointer}, so the new schema accepts more values."),
    ALTERNATIVE_REMOVED(
            Effect.BREAKS,
            Effect.SAFE,
            "No alternative of the new anyOf/oneOf at {pointer} accepts the old values described by {old}."),
    ALTERNATIVES_MADE_EXCLUSIVE(
            Effect.BREAKS,
            Effect.SAFE,
            "The anyOf at {pointer} became a oneOf, so old values matching more than one alternative are rejected."),
    ALTERNATIVES_MADE_INCLUSIVE(
            Effect.SAFE,
            Effect.BREAKS,
            "The oneOf at {pointer} became an anyOf, so values matching several alternatives are now accepted too."),
    /** Its new value lists the JSON Pointers of the new alternatives that each accept every old value. */
    ONE_OF_ALTERNATIVES_OVERLAP(
            Effect.BREAKS,
            Effect.SAFE,
            "Every old value of {old} matches the new alternatives {new} of the oneOf at "
                    + "{pointer} at once, so the oneOf, which takes a value that exactly one "
                    + "alternative matches, rejects them all; make the alternatives exclusive "
                    + "with a const or enum discriminator property or with required properties that tell them apart."),
    /** Its old value is one old value found to match both; its new value lists the two alternatives' pointers. */
    ONE_OF_ALTERNATIVES_OVERLAP_PARTLY(
            Effect.BREAKS,
            Effect.SAFE,
            "The old value {old} matches the new alternatives {new} of the oneOf at {pointer} "
                    + "at once, so the oneOf, which takes a value that exactly one alternative "
                    + "matches, rejects it (other old values may still match one); make the "
                    + "alternatives exclusive with a const or enum discriminator property or "
                    + "with required properties that tell them apart."),
    NOT_ADDED(
            Effect.BREAKS,
            Effect.STRICT_ONLY,
            "A not {new} was added at {pointer}, so old values matching it are rejected.",
            "avoid adding not to a published schema; express the exclusion with enum or const; or check under LENIENT"),
    NOT_REMOVED(
            Effect.STRICT_ONLY,
            Effect.BREAKS,
            "The not {old} at {pointer} was removed; the new schema accepts more, but "
                    + "registries read a dropped not as a type change.",
            "keep the not (its exclusion can be widened), or check under LENIENT, which reads "
                    + "a dropped not as a relaxation"),
    NOT_SCHEMA_WIDENED(
            Effect.BREAKS,
            Effect.SAFE,
            "The not at {pointer} now excludes more ({old} to {new}), so some old values are rejected."),
    NOT_SCHEMA_NARROWED(
            Effect.SAFE,
            Effect.BREAKS,
            "The not at {pointer} now excludes less ({old} to {new}), so every old value is still accepted."),
    NOT_SCHEMA_CHANGED(
            Effect.BREAKS,
            Effect.BREAKS,
            "The not at {pointer} changed from {old} to {new}, and neither excluded set contains the other."),
    CONDITION_CHANGED(
            Effect.BREAKS,
            Effect.BREAKS,
            "The if condition at {pointer} changed from {old} to {new}, so old values may now "
                    + "be checked by the other branch."),

    // Avro (SchemaLanguage.AVRO): the reader schema resolves data written with the writer schema
    AVRO_FIELD_ADDED_WITH_DEFAULT(
            Effect.SAFE,
            Effect.SAFE,
            "The field {new} was added at {pointer} with a default, which readers of the new "
                    + "schema use for old data; old readers skip it."),
    AVRO_FIELD_ADDED_WITHOUT_DEFAULT(
            Effect.BREAKS,
            Effect.SAFE,
            "The field {new} was added at {pointer} without a default, so readers of the new "
                    + "schema cannot read old data, which lacks it; give it a default."),
    AVRO_FIELD_REMOVED(
            Effect.SAFE,
            Effect.SAFE,
            "The field {old} was removed at {pointer}; readers of the new schema skip it in "
                    + "old data, and old readers use its default."),
    AVRO_FIELD_REMOVED_WITHOUT_DEFAULT(
            Effect.SAFE,
            Effect.BREAKS,
            "The field {old} was removed at {pointer}; it had no default, so readers still on "
                    + "the old schema cannot read new data."),
    AVRO_FIELD_RENAMED_WITH_ALIAS(
            Effect.SAFE,
            Effect.BREAKS,
            "The field {old} was renamed to {new} at {pointer} with the old name as an alias, "
                    + "so new readers find it in old data; old readers do not know the new name."),
    AVRO_FIELD_DEFAULT_CHANGED(
            Effect.SAFE,
            Effect.SAFE,
            "The default at {pointer} changed from {old} to {new}; a default fills in only a "
                    + "field the written data lacks, so no data changes."),
    AVRO_TYPE_PROMOTED(
            Effect.SAFE,
            Effect.BREAKS,
            "The type at {pointer} was promoted from {old} to {new}, which Avro converts on "
                    + "read; old readers cannot read the wider values."),
    AVRO_TYPE_STRING_BYTES_SWAPPED(
            Effect.SAFE,
            Effect.SAFE,
            "The type at {pointer} changed from {old} to {new}; Avro reads string and bytes as each other."),
    AVRO_TYPE_NARROWED(
            Effect.BREAKS,
            Effect.SAFE,
            "The type at {pointer} narrowed from {old} to {new}, which Avro cannot convert old values to."),
    AVRO_TYPE_CHANGED(
            Effect.BREAKS,
            Effect.BREAKS,
            "The type at {pointer} changed from {old} to {new}, and Avro reads neither as the other."),
    AVRO_NAMESPACE_CHANGED(
            Effect.SAFE,
            Effect.SAFE,
            "The namespace at {pointer} changed ({old} to {new}); Avro matches named types by their unqualified name."),
    AVRO_NAME_CHANGED_WITH_ALIAS(
            Effect.SAFE,
            Effect.BREAKS,
            "The type at {pointer} was renamed from {old} to {new} with the old name as an "
                    + "alias; old readers do not know the new name."),
    AVRO_NAME_CHANGED(
            Effect.BREAKS,
            Effect.BREAKS,
            "The type at {pointer} was renamed from {old} to {new} without an alias, so Avro "
                    + "cannot match the two; add the old full name to aliases."),
    AVRO_ENUM_SYMBOLS_ADDED(
            Effect.SAFE,
            Effect.BREAKS,
            "The symbols {new} were added at {pointer}; old readers fail on them, their enum having no default."),
    AVRO_ENUM_SYMBOLS_ADDED_BEHIND_DEFAULT(
            Effect.SAFE,
            Effect.SAFE,
            "The symbols {new} were added at {pointer}; old readers read them as their enum's default {old}."),
    AVRO_ENUM_SYMBOLS_REMOVED(
            Effect.BREAKS,
            Effect.SAFE,
            "The symbols {old} were removed at {pointer}, and the new enum has no default, so "
                    + "old data using them cannot be read; add a default symbol."),
    AVRO_ENUM_SYMBOLS_REMOVED_TO_DEFAULT(
            Effect.SAFE,
            Effect.SAFE,
            "The symbols {old} were removed at {pointer}; old data using them is read as the "
                    + "new enum's default {new}."),
    AVRO_FIXED_SIZE_CHANGED(
            Effect.BREAKS,
            Effect.BREAKS,
            "The fixed size at {pointer} changed from {old} to {new} bytes, so Avro reads neither as the other."),
    AVRO_UNION_BRANCH_ADDED(
            Effect.SAFE,
            Effect.BREAKS,
            "The union at {pointer} gained the branch {new}; old readers fail on values of it."),
    AVRO_UNION_BRANCH_REMOVED(
            Effect.BREAKS,
            Effect.SAFE,
            "The union at {pointer} lost the branch {old}, and no new branch reads its values, "
                    + "so old data holding them cannot be read."),
    AVRO_LOGICAL_TYPE_CHANGED(
            Effect.BREAKS,
            Effect.BREAKS,
            "The logical type at {pointer} changed from {old} to {new}: the bytes still "
                    + "decode, but every value means something else (Avro's resolution ignores "
                    + "this; EventLens does not)."),
    AVRO_DECIMAL_PRECISION_WIDENED(
            Effect.SAFE,
            Effect.BREAKS,
            "The decimal precision at {pointer} grew from {old} to {new}, so every old value "
                    + "fits; old readers may get values too large for theirs."),
    AVRO_DECIMAL_PRECISION_NARROWED(
            Effect.BREAKS,
            Effect.SAFE,
            "The decimal precision at {pointer} shrank from {old} to {new}, so old values with "
                    + "more digits do not fit.");

    private final Effect backward;
    private final Effect forward;
    private final String template;
    private final String remedy;

    ChangeKind(Effect backward, Effect forward, String template) {
        this(backward, forward, template, "");
    }

    ChangeKind(Effect backward, Effect forward, String template, String remedy) {
        this.backward = backward;
        this.forward = forward;
        this.template = template;
        this.remedy = remedy;
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

    /** The message template, with {@code {pointer}}, {@code {old}} and {@code {new}} placeholders. */
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
