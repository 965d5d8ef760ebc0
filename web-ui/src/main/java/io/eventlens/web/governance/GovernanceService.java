package io.eventlens.web.governance;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.history.Snapshot;
import io.eventlens.catalog.load.DocumentLoad;
import io.eventlens.catalog.load.LimitExceededException;
import io.eventlens.catalog.load.ParseLimits;
import io.eventlens.catalog.load.UnreadableTextException;
import io.eventlens.lint.compat.CompatibilityChecker;
import io.eventlens.lint.compat.CompatibilityVerdict;
import io.eventlens.lint.compat.Draft;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.Policy;
import io.eventlens.lint.compat.SchemaLanguage;
import io.eventlens.lint.diff.DocumentSide;
import io.eventlens.lint.diff.MessageVerdict;
import io.eventlens.lint.impact.ConsumerImpact;
import io.eventlens.lint.schema.SchemaText;
import io.eventlens.web.catalog.CatalogService;
import io.eventlens.web.config.EventLensProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/** Checks candidates (a new version of a document, or of a schema) against what the catalog knows. */
@Service
public class GovernanceService {

    private final CatalogService catalog;
    private final ParseLimits limits;
    private final Map<String, DocumentSide> stored = new ConcurrentHashMap<>();

    /** Holding to {@link ParseLimits#defaults()}. */
    public GovernanceService(CatalogService catalog) {
        this(catalog, ParseLimits.defaults());
    }

    /** Holding to the {@code eventlens.limits.*} settings. */
    @Autowired
    public GovernanceService(CatalogService catalog, EventLensProperties properties) {
        this(catalog, properties.limits().parseLimits());
    }

    /** Reading and comparing under {@code limits}; past one, a {@link LimitExceededException} names it. */
    public GovernanceService(CatalogService catalog, ParseLimits limits) {
        this.catalog = catalog;
        this.limits = limits;
    }

    /** The verdict on a candidate document that loaded (its warnings in {@code load}): one verdict per message. */
    public record DocumentCheck(DocumentLoad load, List<MessageVerdict> messages) {

        public DocumentCheck {
            messages = List.copyOf(messages);
        }

        /** No message breaks. */
        public boolean passed() {
            return messages.stream().noneMatch(MessageVerdict::fails);
        }
    }

    /**
     * Checks a candidate document; nothing is stored.
     *
     * @throws IllegalArgumentException when it does not load, with the message {@code eventlens diff} gives for it
     * @throws LimitExceededException when comparing it exceeds a limit
     */
    public DocumentCheck checkDocument(String name, byte[] content, Mode mode, Policy policy) {
        DocumentLoad load = catalog.loadCandidate(name, content);
        DocumentSide candidate = DocumentSide.loaded(name, load);
        List<MessageVerdict> verdicts = new ConsumerImpact(mode, policy, limits)
                .check(known(), catalog.state().current(), candidate);
        return new DocumentCheck(load, verdicts);
    }

    /** Every stored version of every document, each document's oldest first (a stored version is read once). */
    private List<DocumentSide> known() {
        List<DocumentSide> known = new ArrayList<>();
        for (String source : catalog.sources()) {
            for (Snapshot snapshot : catalog.snapshotsOf(source)) {
                known.add(stored.computeIfAbsent(snapshot.sha256() + " " + source, k -> DocumentSide.of(snapshot)));
            }
        }
        return known;
    }

    /**
     * Checks schema versions given as JSON or YAML texts, oldest first: JSON Schemas, or Avro schemas (told apart by
     * {@link SchemaLanguage#of}; all versions must be in one language).
     *
     * @throws IllegalArgumentException naming the version, line and column of a text that does not parse, or the
     *                                  versions written in different languages
     * @throws LimitExceededException   when comparing them exceeds a limit
     */
    public CompatibilityVerdict checkSchemas(List<String> versionsOldestFirst, Mode mode, Policy policy) {
        return checkSchemas(versionsOldestFirst, mode, policy, null);
    }

    /**
     * As {@link #checkSchemas(List, Mode, Policy)}, reading JSON Schemas that name no draft as {@code draft} (null:
     * the default).
     */
    public CompatibilityVerdict checkSchemas(List<String> versionsOldestFirst, Mode mode, Policy policy, Draft draft) {
        List<SchemaText> schemas = new ArrayList<>();
        for (int i = 0; i < versionsOldestFirst.size(); i++) {
            schemas.add(parse(i + 1, versionsOldestFirst.get(i)));
        }
        SchemaLanguage language = SchemaText.oneLanguage(schemas);
        CompatibilityChecker checker = new CompatibilityChecker(policy, language).limitedBy(limits);
        return (draft == null ? checker : checker.assuming(draft))
                .check(mode, schemas.stream().map(SchemaText::tree).toList());
    }

    private SchemaText parse(int version, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(
                    "Schema version " + version + " is empty: paste a JSON Schema or an Avro schema (JSON or YAML).");
        }
        SchemaText schema;
        try {
            schema = SchemaText.read("schema version " + version, text, limits);
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
