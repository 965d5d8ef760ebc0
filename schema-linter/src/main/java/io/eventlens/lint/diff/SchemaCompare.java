package io.eventlens.lint.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.catalog.document.MessageSchema;
import io.eventlens.lint.compat.CompatibilityChecker;
import io.eventlens.lint.compat.CompatibilityVerdict;
import io.eventlens.lint.compat.Compatible;
import io.eventlens.lint.compat.Direction;
import io.eventlens.lint.compat.Finding;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.NotComparable;
import io.eventlens.lint.compat.Policy;
import io.eventlens.lint.compat.SchemaLanguage;
import java.util.ArrayList;
import java.util.List;

/** A payload or headers schema of both sides through the compatibility engine. */
final class SchemaCompare {

    private final Mode mode;
    private final CompatibilityChecker checker;
    private final CompatibilityChecker avro;

    SchemaCompare(Mode mode, CompatibilityChecker checker) {
        this.mode = mode;
        this.checker = checker;
        this.avro = checker.reading(SchemaLanguage.AVRO);
    }

    Mode mode() {
        return mode;
    }

    Policy policy() {
        return checker.policy();
    }

    /**
     * The verdict on one schema over versions of a message, oldest first (each from the side at the same index; a JSON
     * Schema read under the {@code $schema} at that index when it names none itself, null for draft-07), as the mode
     * asks; the pointers of its changes are placed under {@code at} in the newest side.
     */
    PartVerdict compare(
            List<DocumentSide> sides,
            List<JsonNode> schemas,
            SchemaLanguage language,
            List<String> dialects,
            String at,
            String part,
            List<String> consumers) {
        List<JsonNode> versions = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            versions.add(
                    language == SchemaLanguage.AVRO
                            ? avroSchema(sides.get(i), schemas.get(i))
                            : standalone(sides.get(i), schemas.get(i), dialects.get(i)));
        }
        String where = at + "/" + part;
        if (versions.stream().distinct().count() == 1) {
            return new PartVerdict(part, where, new Compatible(mode, checker.policy(), List.of()), List.of());
        }
        CompatibilityVerdict verdict = (language == SchemaLanguage.AVRO ? avro : checker).check(mode, versions);
        return new PartVerdict(part, where, verdict, changes(sides.get(sides.size() - 1), verdict, where, consumers));
    }

    /** The verdict as document changes: each breaking one, or else each change found; why it was not comparable. */
    private static List<DocumentChange> changes(
            DocumentSide after, CompatibilityVerdict verdict, String where, List<String> consumers) {
        String part = where.substring(where.lastIndexOf('/') + 1);
        boolean payload = part.equals("payload");
        if (verdict instanceof NotComparable problem) {
            return List.of(after.change(
                    ChangeType.SCHEMA_NOT_COMPARABLE,
                    true,
                    where + problem.pointer(),
                    "the " + part + " schemas cannot be compared: " + problem.reason(),
                    consumers));
        }
        List<DocumentChange> changes = new ArrayList<>();
        if (!verdict.breaking().isEmpty()) {
            for (Finding finding : verdict.breaking()) {
                changes.add(after.change(
                        payload ? ChangeType.PAYLOAD_BREAKING : ChangeType.HEADERS_BREAKING,
                        true,
                        where + finding.change().pointer(),
                        sentence(part, finding),
                        consumers));
            }
            if (verdict.strictOnly()) {
                changes.add(after.change(
                        payload ? ChangeType.PAYLOAD_CHANGED : ChangeType.HEADERS_CHANGED,
                        false,
                        where,
                        "breaks under STRICT only: " + verdict.remedy(),
                        List.of()));
            }
            return changes;
        }
        for (Finding finding : verdict.findings()) {
            changes.add(after.change(
                    payload ? ChangeType.PAYLOAD_CHANGED : ChangeType.HEADERS_CHANGED,
                    where + finding.change().pointer(),
                    sentence(part, finding)));
        }
        return changes;
    }

    /** Says which readers break: new ones on old data (backward) or old ones on new data (forward). */
    static String sentence(String part, Finding finding) {
        String kind = finding.change().kind().name();
        String explanation = finding.change().explanation();
        if (finding.direction() == Direction.BACKWARD) {
            return kind + ": readers of the new " + part + " schema must read data written with the old one: "
                    + explanation;
        }
        // The forward check swaps the roles: the old schema reads, so the engine's "old data" is the new data here.
        return kind + " (seen from the old schema): consumers still on the old " + part
                + " schema must read data the new"
                + " one allows: "
                + explanation
                        .replace("old data", "data the new schema allows")
                        .replace("every old value", "every new value");
    }

    /**
     * The schema with the document's {@code components} beside it, so {@code #/components/...} references resolve
     * against it, and {@code dialect} as its {@code $schema} when it names none; a missing schema accepts anything.
     */
    static JsonNode standalone(DocumentSide side, JsonNode schema, String dialect) {
        JsonNode stripped = Noise.strip(unwrapped(side, schema));
        if (stripped == null || stripped.isMissingNode() || stripped.isNull()) {
            return BooleanNode.TRUE;
        }
        if (stripped instanceof ObjectNode object) {
            if (dialect != null && !object.has("$schema")) {
                object.put("$schema", dialect);
            }
            if (!object.has("components") && side.tree().has("components")) {
                object.set("components", Noise.strip(side.tree().get("components")));
            }
            DocumentRefs.relocate(object, side.tree());
        }
        return stripped;
    }

    /** An Avro schema as written (a 3.0 wrapper left aside, parser noise dropped); a missing one stays missing. */
    static JsonNode avroSchema(DocumentSide side, JsonNode schema) {
        JsonNode stripped = Noise.strip(unwrapped(side, schema));
        return stripped == null ? MissingNode.getInstance() : stripped;
    }

    /** A 3.0 Multi Format Schema Object (written in place or behind a local {@code $ref}) gives its {@code schema}. */
    static JsonNode unwrapped(DocumentSide side, JsonNode schema) {
        return MessageSchema.unwrap(side.tree(), schema);
    }
}
