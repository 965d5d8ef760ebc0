package io.eventlens.lint.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.model.Message;
import io.eventlens.lint.compat.Compatible;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.NotComparable;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A message's payload and headers over its versions (oldest first, each from the side at the same index): their
 * schema formats first (see {@link DocumentSide#schemaFormat}), then, while the language stays one the engine reads,
 * the schemas themselves through {@link SchemaCompare}.
 */
final class MessageSchemas {

    private final SchemaCompare schemas;
    private final Mode mode;

    MessageSchemas(SchemaCompare schemas) {
        this.schemas = schemas;
        this.mode = schemas.mode();
    }

    /** The changes of the newest version's payload and headers; pointers are placed under {@code at} in its side. */
    List<DocumentChange> compare(List<DocumentSide> sides, List<Message> versions, String at, List<String> consumers) {
        return check(sides, versions, at, consumers).stream()
                .flatMap(p -> p.changes().stream())
                .toList();
    }

    /** The verdicts on the newest version's payload and headers, in that order. */
    List<PartVerdict> check(List<DocumentSide> sides, List<Message> versions, String at, List<String> consumers) {
        return List.of(
                part(sides, versions, at, "payload", consumers), part(sides, versions, at, "headers", consumers));
    }

    private PartVerdict part(
            List<DocumentSide> allSides, List<Message> allVersions, String at, String part, List<String> consumers) {
        int newest = allSides.size() - 1;
        // the versions the mode holds the newest to: the one before it, or all earlier ones when transitive
        int first = mode.transitive() ? 0 : Math.max(0, newest - 1);
        List<Integer> compared = IntStream.rangeClosed(first, newest).boxed().toList();
        List<DocumentSide> sides = compared.stream().map(allSides::get).toList();
        List<Message> versions = compared.stream().map(allVersions::get).toList();
        List<SchemaFormat> formats = IntStream.range(0, sides.size())
                .mapToObj(i -> sides.get(i).schemaFormat(versions.get(i), part))
                .toList();
        SchemaFormat now = formats.get(formats.size() - 1);
        DocumentSide after = sides.get(sides.size() - 1);
        String name = versions.get(versions.size() - 1).key();
        SchemaFormat other =
                formats.stream().filter(f -> !f.sameLanguage(now)).findFirst().orElse(null);
        if (other != null) {
            return languageChanged(after, other, now, at, part, name, consumers);
        }
        List<DocumentChange> edits = formats.size() > 1
                ? formatEdit(after, formats.get(formats.size() - 2), now, at, part, name)
                : List.of();
        List<JsonNode> nodes = versions.stream()
                .map(m -> part.equals("payload") ? m.payload() : m.headers())
                .toList();
        if (formats.stream().allMatch(SchemaFormat::comparable)) {
            return schemas.compare(
                            sides,
                            nodes,
                            now.engineLanguage(),
                            formats.stream().map(SchemaFormat::dialect).toList(),
                            at,
                            part,
                            consumers)
                    .after(edits);
        }
        if (mode != Mode.NONE && changed(sides, nodes)) {
            SchemaFormat unread =
                    formats.stream().filter(f -> !f.comparable()).findFirst().orElseThrow();
            return notRead(after, unread, at, part, name, consumers).after(edits);
        }
        return new PartVerdict(part, at + "/" + part, new Compatible(mode, schemas.policy(), List.of()), edits);
    }

    /**
     * The language change is the verdict. The schemas are not compared: read as JSON Schema, an Avro record (or a
     * Protobuf text) is mostly unknown keywords, so it would show no change, or meaningless ones.
     */
    private static PartVerdict languageChanged(
            DocumentSide after,
            SchemaFormat other,
            SchemaFormat now,
            String at,
            String part,
            String name,
            List<String> consumers) {
        String sentence = "the schema language of the " + part + " of message '" + name + "' changed from "
                + other.describe() + " to " + now.describe() + ": every " + part
                + " is encoded and validated another way, so consumers of either version cannot read the other's"
                + " data (the schemas are not compared across languages)";
        return new PartVerdict(
                part,
                at + "/" + part,
                new NotComparable(sentence, "", -1),
                List.of(after.change(ChangeType.SCHEMA_LANGUAGE_CHANGED, true, at + now.where(), sentence, consumers)));
    }

    /** Changed schemas in a language EventLens does not read: not comparable, naming the language. */
    private static PartVerdict notRead(
            DocumentSide after, SchemaFormat unread, String at, String part, String name, List<String> consumers) {
        String why = notRead(part, name, unread);
        return new PartVerdict(
                part,
                at + "/" + part,
                new NotComparable(why, "", -1),
                List.of(after.change(ChangeType.SCHEMA_NOT_COMPARABLE, true, at + "/" + part, why, consumers)));
    }

    private static String notRead(String part, String name, SchemaFormat unread) {
        return "the " + part + " schemas of message '" + name + "' changed, but they are written in "
                + unread.describe()
                + ", which EventLens does not compare (it reads AsyncAPI Schema, JSON Schema draft-04, draft-06,"
                + " draft-07, 2019-09 and 2020-12, and Avro): check the change with that "
                + "language's own compatibility tool";
    }

    /** Whether an earlier schema differs from the newest as written (the wrapper of a 3.0 one left aside). */
    private static boolean changed(List<DocumentSide> sides, List<JsonNode> nodes) {
        int newest = nodes.size() - 1;
        JsonNode now = SchemaCompare.unwrapped(sides.get(newest), nodes.get(newest));
        return IntStream.range(0, newest)
                .anyMatch(i -> !Noise.same(SchemaCompare.unwrapped(sides.get(i), nodes.get(i)), now));
    }

    /** The same language, written another way or in another version: reported, never breaking by itself. */
    private static List<DocumentChange> formatEdit(
            DocumentSide after, SchemaFormat was, SchemaFormat now, String at, String part, String name) {
        String what = " of the " + part + " of message '" + name + "' changed from " + was.describe() + " to "
                + now.describe();
        if (!was.version().equals(now.version())) {
            return List.of(after.change(
                    ChangeType.SCHEMA_LANGUAGE_VERSION_CHANGED,
                    at + now.where(),
                    "the "
                            + now.language() + " version" + what + ": not breaking by itself; "
                            + (now.comparable()
                                    ? "the schemas are compared, each read under its own "
                                            + "version, and a difference that matters is reported on its own"
                                    : "EventLens does not read " + now.language() + " schemas, so a changed"
                                            + " schema is reported as not comparable")));
        }
        if (!was.sameText(now) && (was.declared() || now.declared())) {
            return List.of(after.change(
                    ChangeType.SCHEMA_FORMAT_NOTATION_CHANGED,
                    at + now.where(),
                    "the schema format"
                            + what + ": the same language and version (" + now.language() + " " + now.version()
                            + ") written"
                            + " another way, so no " + part + " changes"));
        }
        return List.of();
    }
}
