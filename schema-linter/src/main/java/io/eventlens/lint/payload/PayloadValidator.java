package io.eventlens.lint.payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.eventlens.catalog.document.JsonPointers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Validates event payloads against JSON Schemas (networknt json-schema-validator). A schema
 * without {@code $schema} is read as draft-07 (the AsyncAPI Schema's base); {@code format} is
 * asserted. Nothing is fetched from the network. Hostile schemas do not hang: each call has a
 * time budget that regex matching checks as it reads ({@link BoundedRegexFactory}), and
 * {@code $ref} loops that never consume input end as a verdict, not a crash.
 * Thread-safe; one instance can serve a whole application.
 */
public final class PayloadValidator {

    /** Every problem is kept up to this many; a payload with more is invalid anyway. */
    static final int MAX_PROBLEMS = 100;

    private static final String KNOWN_DRAFTS =
            "http://json-schema.org/draft-04/schema#, http://json-schema.org/draft-06/schema#,"
                    + " http://json-schema.org/draft-07/schema#, https://json-schema.org/draft/2019-09/schema,"
                    + " https://json-schema.org/draft/2020-12/schema";

    private final SchemaRegistry registry;
    private final Duration budget;

    public PayloadValidator(Duration budget) {
        this.budget = Objects.requireNonNull(budget, "budget");
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("budget must be positive, got " + budget);
        }
        SchemaRegistryConfig config = new SchemaRegistryConfig.Builder()
                .formatAssertionsEnabled(true)
                .regularExpressionFactory(new BoundedRegexFactory())
                .build();
        this.registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_7,
                builder -> builder.schemaRegistryConfig(config)
                        .schemaLoader(loader -> loader.fetchRemoteResources(false)));
    }

    /** A validator with a one-second budget per payload. */
    public PayloadValidator() {
        this(Duration.ofSeconds(1));
    }

    /** Checks {@code payload} against {@code schema} (an object or boolean schema). */
    public PayloadValidation validate(JsonNode schema, JsonNode payload) {
        return prepare(schema).validate(payload);
    }

    /**
     * Reads {@code schema} once for many payloads. A schema that cannot be used gives a prepared schema whose
     * every validation is {@link PayloadValidation.Outcome#NOT_CHECKED} with the reason.
     */
    public PreparedSchema prepare(JsonNode schema) {
        Objects.requireNonNull(schema, "schema");
        if (!schema.isObject() && !schema.isBoolean()) {
            return new PreparedSchema(
                    null,
                    "the schema is a " + schema.getNodeType().name().toLowerCase(Locale.ROOT)
                            + "; a JSON Schema is an object or true/false");
        }
        try {
            return new PreparedSchema(registry.getSchema(schema), null);
        } catch (RuntimeException e) {
            return new PreparedSchema(null, unusable(schema, e));
        }
    }

    private static String unusable(JsonNode schema, RuntimeException e) {
        JsonNode draft = schema.path("$schema");
        if (draft.isTextual() && String.valueOf(e.getMessage()).contains("dialect")) {
            return "unknown JSON Schema draft '" + draft.asText() + "' at /$schema; allowed: " + KNOWN_DRAFTS;
        }
        return "the schema cannot be used: " + e.getMessage();
    }

    /** A schema read once; each validation has the validator's time budget. Thread-safe. */
    public final class PreparedSchema {

        private final Schema compiled;
        private final String unusable;

        private PreparedSchema(Schema compiled, String unusable) {
            this.compiled = compiled;
            this.unusable = unusable;
        }

        /** Checks {@code payload} against this schema. */
        public PayloadValidation validate(JsonNode payload) {
            Objects.requireNonNull(payload, "payload");
            if (unusable != null) {
                return PayloadValidation.notChecked(unusable);
            }
            long[] deadline = BoundedRegexFactory.DEADLINE.get();
            deadline[0] = System.nanoTime() + budget.toNanos();
            try {
                return PayloadValidation.of(problems(compiled.validate(payload)));
            } catch (BudgetExceeded e) {
                return PayloadValidation.notChecked(
                        "validation stopped after " + budget.toMillis() + " ms while matching pattern '" + e.pattern()
                                + "' (it backtracks too much); simplify the pattern");
            } catch (StackOverflowError e) {
                return PayloadValidation.notChecked(
                        "the schema's $refs loop without end (a $ref cycle that never reaches a keyword)");
            } catch (RuntimeException e) {
                return PayloadValidation.notChecked(unusable(compiled.getSchemaNode(), e));
            } finally {
                deadline[0] = Long.MAX_VALUE;
            }
        }
    }

    private static List<PayloadProblem> problems(List<Error> errors) {
        List<PayloadProblem> problems = new ArrayList<>();
        for (Error error : errors.subList(0, Math.min(errors.size(), MAX_PROBLEMS))) {
            problems.add(new PayloadProblem(pointer(error.getInstanceLocation()), withoutLocation(error.getMessage())));
        }
        return problems;
    }

    /** The JSON Pointer of a location the validator reports. */
    public static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(JsonPointers.escape(path.getElement(i).toString()));
        }
        return pointer.toString();
    }

    /** networknt starts messages with the instance location, which the problem already carries. */
    private static String withoutLocation(String message) {
        int colon = message.indexOf(": ");
        return (message.startsWith("/") || message.startsWith("$")) && colon > 0
                ? message.substring(colon + 2)
                : message;
    }
}
