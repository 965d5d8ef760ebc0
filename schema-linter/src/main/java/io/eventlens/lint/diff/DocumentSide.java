package io.eventlens.lint.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.eventlens.catalog.document.LocalPointers;
import io.eventlens.catalog.document.MessageSchema;
import io.eventlens.catalog.history.Snapshot;
import io.eventlens.catalog.load.DocumentLoad;
import io.eventlens.catalog.load.LoadProblem;
import io.eventlens.catalog.load.LoadedDocument;
import io.eventlens.catalog.model.Catalog;
import io.eventlens.catalog.model.Message;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One AsyncAPI document and its catalog: one side of a diff, or one known version of a message. A document that was
 * loaded from its text places changes at their line and column; a stored bundled tree (a catalog snapshot) places them
 * by pointer only.
 */
public final class DocumentSide {

    private final String name;
    private final String version;
    private final JsonNode tree;
    private final Catalog catalog;
    private final LoadedDocument loaded;

    private DocumentSide(String name, String version, JsonNode tree, Catalog catalog, LoadedDocument loaded) {
        this.name = Objects.requireNonNull(name, "name");
        this.version = Objects.requireNonNull(version, "version");
        this.tree = Objects.requireNonNull(tree, "tree");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.loaded = loaded;
    }

    /**
     * The document of a load, refused when it did not load: the message names {@code name} and lists each error with
     * its file, line and column. The CLI and REST refuse a candidate with this message.
     *
     * @throws IllegalArgumentException when the load failed
     */
    public static DocumentSide loaded(String name, DocumentLoad load) {
        if (!load.loaded()) {
            throw new IllegalArgumentException(name + " is not a loadable AsyncAPI document:" + System.lineSeparator()
                    + load.problems().stream()
                            .filter(LoadProblem::isError)
                            .map(Object::toString)
                            .collect(Collectors.joining(System.lineSeparator())));
        }
        return of(load.document());
    }

    /** A document as loaded from its text. */
    public static DocumentSide of(LoadedDocument document) {
        return new DocumentSide(
                document.name(), document.version(), document.tree(), Catalog.of(List.of(document)), document);
    }

    /**
     * A bundled tree (only local {@code $ref}s left, as a catalog snapshot stores it) of the document {@code name}
     * declaring AsyncAPI {@code version}.
     */
    public static DocumentSide ofTree(String name, String version, JsonNode tree) {
        return new DocumentSide(name, version, tree, Catalog.ofTree(name, version, tree), null);
    }

    /** A stored version of a document (its bundled tree, placed by pointer only). */
    public static DocumentSide of(Snapshot snapshot) {
        return ofTree(snapshot.source(), snapshot.asyncapiVersion(), snapshot.tree());
    }

    /** The catalog of this document alone. */
    public Catalog catalog() {
        return catalog;
    }

    String file() {
        return name;
    }

    String version() {
        return version;
    }

    JsonNode tree() {
        return tree;
    }

    boolean v3() {
        return version.startsWith("3.");
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
        if (loaded == null) {
            return new DocumentChange(type, breaking, name, 0, 0, pointer, sentence, consumers);
        }
        LoadProblem at = loaded.problemAt(pointer, sentence, LoadProblem.Severity.WARNING);
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
