package io.eventlens.lint.cli;

import io.eventlens.lint.compat.CompatibilityChecker;
import io.eventlens.lint.compat.SchemaLanguage;
import io.eventlens.lint.diff.DocumentChange;
import io.eventlens.lint.diff.MessageCompatibility;
import io.eventlens.lint.report.Violation;
import io.eventlens.lint.schema.MixedSchemaLanguagesException;
import io.eventlens.lint.schema.SchemaText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code eventlens compat OLD NEW [NEWER...]}: JSON Schema or Avro files, or AsyncAPI documents message by message. */
@Command(
        name = "compat",
        mixinStandardHelpOptions = true,
        description = {
            "Checks the newest version (last) against the earlier ones as the mode asks. Each argument is a"
                    + " JSON Schema file, an Avro schema (.avsc, or a record/enum/fixed "
                    + "declaration) or an AsyncAPI document"
                    + " (all of one kind), oldest first; for AsyncAPI documents every message's payload and headers are"
                    + " checked (JSON Schema and Avro payloads), naming the services that "
                    + "receive it. Avro is checked by"
                    + " Avro's schema resolution rules; --policy does not apply to it.",
            "Exit: 0 compatible, 1 a breaking change, 2 usage or input error (or schemas that cannot be compared)."
        })
final class CompatCommand implements Callable<Integer> {

    static final String TOOL = "eventlens compat";

    @Parameters(
            arity = "2..*",
            paramLabel = "OLD NEW [NEWER...]",
            description = "schema or document versions, oldest first")
    List<Path> files;

    @CommandLine.Option(
            names = "--schema-type",
            paramLabel = "TYPE",
            defaultValue = "auto",
            description = "auto (.avsc files and what only Avro can be are Avro, the rest JSON Schema), json-schema or"
                    + " avro; default: ${DEFAULT-VALUE}")
    String schemaType;

    @CommandLine.Mixin
    GateOptions gate;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The language {@code --schema-type} names, null for auto. */
    private SchemaLanguage forcedLanguage() {
        return switch (schemaType.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> null;
            case "avro" -> SchemaLanguage.AVRO;
            case "json-schema", "jsonschema", "json_schema" -> SchemaLanguage.JSON_SCHEMA;
            default ->
                throw new InputError("unknown --schema-type '" + schemaType + "'; allowed: auto, json-schema, avro");
        };
    }

    private static SchemaLanguage oneLanguage(List<SchemaFile> read) {
        try {
            return SchemaText.oneLanguage(read.stream().map(SchemaFile::text).toList());
        } catch (MixedSchemaLanguagesException e) {
            throw new InputError(e.getMessage() + " (--schema-type avro or json-schema reads them all as one)");
        }
    }

    @Override
    public Integer call() {
        try {
            SchemaLanguage forced = forcedLanguage();
            List<SchemaFile> read = new ArrayList<>();
            files.forEach(f -> read.add(SchemaFile.read(f)));
            long documents = read.stream().filter(SchemaFile::asyncApi).count();
            if (documents == read.size()) {
                CompatibilityChecker checker = new CompatibilityChecker(gate.policy).limitedBy(CliLimits.limits());
                List<DocumentChange> changes = new MessageCompatibility(
                                gate.mode, gate.draft == null ? checker : checker.assuming(gate.draft))
                        .check(AsyncApiFiles.load(files, CliLimits.loadOptions()));
                return gate.report(
                        TOOL, AsyncApiFiles.violations(changes), AsyncApiFiles.exitCode(changes), spec.commandLine());
            }
            if (documents > 0) {
                throw new InputError("give either JSON Schema files or AsyncAPI documents, not both: "
                        + files.get(read.indexOf(read.stream()
                                .filter(SchemaFile::asyncApi)
                                .findFirst()
                                .orElseThrow()))
                        + " is an AsyncAPI document, "
                        + files.get(read.indexOf(read.stream()
                                .filter(f -> !f.asyncApi())
                                .findFirst()
                                .orElseThrow())) + " is not");
            }
            SchemaLanguage language = forced != null ? forced : oneLanguage(read);
            SchemaVerdict verdict = SchemaVerdict.check(gate.mode, gate.policy, gate.draft, language, read);
            List<Violation> violations = verdict.violations();
            return gate.report(TOOL, violations, verdict.exitCode(), spec.commandLine());
        } catch (InputError e) {
            spec.commandLine().getErr().println(TOOL + ": " + e.getMessage());
            return 2;
        }
    }
}
