package io.eventlens.lint.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.eventlens.catalog.document.LocalPointers;
import io.eventlens.catalog.document.MessageSchema;
import io.eventlens.catalog.load.LoadProblem;
import io.eventlens.catalog.load.LoadedDocument;
import io.eventlens.catalog.model.Catalog;
import io.eventlens.catalog.model.Message;
import java.util.List;
import java.util.Objects;

/** One loaded AsyncAPI document and its catalog: one side of a diff. */
public record DocumentSide(LoadedDocument document, Catalog catalog) {

    public DocumentSide {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(catalog, "catalog");
    }

    public static DocumentSide of(LoadedDocument document) {
        return new DocumentSide(document, Catalog.of(List.of(document)));
    }

    String file() {
        return document.name();
    }

    JsonNode tree() {
        return document.tree();
    }

    boolean v3() {
        return document.version().startsWith("3.");
    }

    /**
     * The schema format of a message's {@code payload} or {@code headers}. In 2.x, {@code schemaFormat} sits on the
     * message (or a trait, which 2.x merges over the message) and applies to the payload only; in 3.0, a Multi Format
     * Schema Object wraps the part itself. Absent, it is this document's AsyncAPI default.
     */
    SchemaFormat schemaFormat(Message message, String part) {
        JsonNode schema =
                LocalPointers.follow(tree(), part.equals("payload") ? message.payload() : message.headers(), 0);
        String where = schema == null ? "" : "/" + part;
        String declared = null;
        if (v3() && MessageSchema.isWrapper(schema)) {
            declared = schema.get("schemaFormat").asText();
            where = "/" + part + "/schemaFormat";
        } else if (!v3() && part.equals("payload")) {
            String at = Pointers.message(this, message.key());
            JsonNode object = at.isEmpty() ? MissingNode.getInstance() : LocalPointers.resolve(tree(), at);
            declared = object == null ? null : object.path("schemaFormat").textValue();
            where = declared == null ? where : "/schemaFormat";
            for (JsonNode trait : object == null ? MissingNode.getInstance() : object.path("traits")) {
                JsonNode format = LocalPointers.follow(tree(), trait.isArray() ? trait.path(0) : trait, 0);
                if (format != null && format.path("schemaFormat").isTextual()) {
                    declared = format.get("schemaFormat").asText();
                    where = "";
                }
            }
        }
        boolean named = declared != null && !SchemaFormat.isDefault(declared, this);
        return SchemaFormat.parse(named ? declared : SchemaFormat.defaultOf(this), named, where);
    }

    /** A change located at {@code pointer} of this document. */
    DocumentChange change(ChangeType type, boolean breaking, String pointer, String sentence, List<String> consumers) {
        LoadProblem at = document.problemAt(pointer, sentence, LoadProblem.Severity.WARNING);
        return new DocumentChange(
                type,
                breaking,
                at.file(),
                Math.max(0, at.line()),
                Math.max(0, at.column()),
                pointer,
                sentence,
                consumers);
    }

    DocumentChange change(ChangeType type, String pointer, String sentence) {
        return change(type, type.breaking(), pointer, sentence, List.of());
    }
}
