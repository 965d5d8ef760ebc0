package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * Record fields as Avro resolves them: a reader field matches the writer field of its name or of one of its aliases;
 * a reader field the writer lacks needs a default, and a writer field the reader lacks is skipped. Part of the
 * {@link AvroDiff} walk.
 */
final class AvroRecords {

    private AvroRecords() {}

    static void fields(AvroDiff diff, Schema reader, Schema writer, String at, String oldAt) {
        Set<String> matched = new HashSet<>();
        for (Schema.Field field : reader.getFields()) {
            String fieldAt = AvroDiff.child(at, "fields", Integer.toString(field.pos()));
            Schema.Field written = writerField(writer, field);
            if (written == null) {
                diff.add(
                        field.hasDefaultValue()
                                ? ChangeKind.AVRO_FIELD_ADDED_WITH_DEFAULT
                                : ChangeKind.AVRO_FIELD_ADDED_WITHOUT_DEFAULT,
                        fieldAt,
                        null,
                        diff.newValue(fieldAt));
                continue;
            }
            matched.add(written.name());
            matchedField(
                    diff, field, written, fieldAt, AvroDiff.child(oldAt, "fields", Integer.toString(written.pos())));
        }
        for (Schema.Field written : writer.getFields()) {
            if (!matched.contains(written.name())) {
                String oldFieldAt = AvroDiff.child(oldAt, "fields", Integer.toString(written.pos()));
                diff.add(
                        written.hasDefaultValue()
                                ? ChangeKind.AVRO_FIELD_REMOVED
                                : ChangeKind.AVRO_FIELD_REMOVED_WITHOUT_DEFAULT,
                        AvroDiff.child(at, "fields"),
                        diff.oldValue(oldFieldAt),
                        null);
            }
        }
    }

    /** A reader field and the writer field it reads: a rename through an alias, the default, then the types. */
    private static void matchedField(
            AvroDiff diff, Schema.Field field, Schema.Field written, String fieldAt, String oldFieldAt) {
        if (!written.name().equals(field.name())) {
            diff.add(
                    ChangeKind.AVRO_FIELD_RENAMED_WITH_ALIAS,
                    fieldAt,
                    JsonNodeFactory.instance.textNode(written.name()),
                    JsonNodeFactory.instance.textNode(field.name()));
        }
        JsonNode oldDefault = diff.oldValue(AvroDiff.child(oldFieldAt, "default"));
        JsonNode newDefault = diff.newValue(AvroDiff.child(fieldAt, "default"));
        if (!Objects.equals(oldDefault, newDefault)) {
            diff.add(ChangeKind.AVRO_FIELD_DEFAULT_CHANGED, AvroDiff.child(fieldAt, "default"), oldDefault, newDefault);
        }
        diff.compare(
                field.schema(), written.schema(), AvroDiff.child(fieldAt, "type"), AvroDiff.child(oldFieldAt, "type"));
    }

    /** The writer's field a reader field reads: the one of its name, else one its aliases name. */
    private static Schema.Field writerField(Schema writer, Schema.Field field) {
        Schema.Field same = writer.getField(field.name());
        if (same != null) {
            return same;
        }
        for (String alias : field.aliases()) {
            Schema.Field aliased = writer.getField(alias);
            if (aliased != null) {
                return aliased;
            }
        }
        return null;
    }
}
