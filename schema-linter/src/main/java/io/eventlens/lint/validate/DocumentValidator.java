package io.eventlens.lint.validate;

import io.eventlens.catalog.load.LoadProblem;
import io.eventlens.catalog.load.LoadedDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates a loaded AsyncAPI document: against the official JSON Schema of its version, then the
 * semantic rules a schema cannot say (2.x protocol bindings, unique tag names and operationIds,
 * component and parameter names, channel names without a query, security requirements naming
 * declared schemes, examples matching their schemas, 2.0.0 message trait examples, discriminators
 * that are required properties). References that do not resolve are already refused by the loader.
 */
public final class DocumentValidator {

    /** Every problem found, each with file, line, column and JSON Pointer. Empty when valid. */
    public List<LoadProblem> validate(LoadedDocument document) {
        List<LoadProblem> problems = new ArrayList<>(SchemaCheck.check(document));
        problems.addAll(DuplicateCheck.check(document));
        problems.addAll(ComponentKeyCheck.check(document));
        problems.addAll(ExampleCheck.check(document));
        problems.addAll(ChannelNameCheck.check(document));
        problems.addAll(TraitExampleCheck.check(document));
        problems.addAll(DiscriminatorCheck.check(document));
        return problems;
    }
}
