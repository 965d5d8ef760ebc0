package io.eventlens.web.governance;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.load.DocumentLoad;
import io.eventlens.catalog.load.UnreadableTextException;
import io.eventlens.lint.compat.CompatibilityChecker;
import io.eventlens.lint.compat.CompatibilityVerdict;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.Policy;
import io.eventlens.lint.compat.SchemaLanguage;
import io.eventlens.lint.impact.ConsumerImpact;
import io.eventlens.lint.impact.MessageVerdict;
import io.eventlens.lint.schema.SchemaText;
import io.eventlens.web.catalog.CatalogService;
import io.eventlens.web.catalog.CatalogState;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** Checks candidates (a new version of a document, or of a schema) against what the catalog knows. */
@Service
public class GovernanceService {

    private final CatalogService catalog;

    public GovernanceService(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** The verdict on a candidate document: its load problems, or one verdict per message. */
    public record DocumentCheck(DocumentLoad load, List<MessageVerdict> messages) {

        public DocumentCheck {
            messages = List.copyOf(messages);
        }

        /** Loaded, and no message breaks. */
        public boolean passed() {
            return load.loaded() && messages.stream().noneMatch(MessageVerdict::fails);
        }
    }

    /** Checks a candidate document; nothing is stored. */
    public DocumentCheck checkDocument(String name, byte[] content, Mode mode, Policy policy) {
        DocumentLoad load = catalog.loadCandidate(name, content);
        if (!load.loaded()) {
            return new DocumentCheck(load, List.of());
        }
        CatalogState state = catalog.state();
        List<MessageVerdict> verdicts = new ConsumerImpact(mode, policy)
                .check(
                        state.history(),
                        state.current(),
                        io.eventlens.catalog.model.Catalog.of(List.of(load.document())));
        return new DocumentCheck(load, verdicts);
    }

    /**
     * Checks schema versions given as JSON or YAML texts, oldest first: JSON Schemas, or Avro schemas (told apart by
     * {@link SchemaLanguage#of}; all versions must be in one language).
     *
     * @throws IllegalArgumentException naming the version, line and column of a text that does not parse, or the
     *                                  versions written in different languages
     */
    public CompatibilityVerdict checkSchemas(List<String> versionsOldestFirst, Mode mode, Policy policy) {
        List<SchemaText> schemas = new ArrayList<>();
        for (int i = 0; i < versionsOldestFirst.size(); i++) {
            schemas.add(parse(i + 1, versionsOldestFirst.get(i)));
        }
        SchemaLanguage language = SchemaText.oneLanguage(schemas);
        return new CompatibilityChecker(policy, language)
                .check(mode, schemas.stream().map(SchemaText::tree).toList());
    }

    private static SchemaText parse(int version, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(
                    "Schema version " + version + " is empty: paste a JSON Schema or an Avro schema (JSON or YAML).");
        }
        SchemaText schema;
        try {
            schema = SchemaText.read("schema version " + version, text);
        } catch (UnreadableTextException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        JsonNode node = schema.tree();
        if (!(node.isObject() || node.isBoolean() || node.isArray() || node.isTextual())) {
            throw new IllegalArgumentException("Schema version " + version + " is not a schema: expected an object or"
                    + " true/false (JSON Schema), or an Avro declaration, union or type name, found "
                    + describe(node) + ".");
        }
        return schema;
    }

    private static String describe(JsonNode node) {
        return node == null ? "nothing" : node.getNodeType().name().toLowerCase();
    }
}
