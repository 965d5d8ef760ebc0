package io.eventlens.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The compat command run in-process, for its messages and its exit code in every format. */
class CompatCommandTest {

    static final Path SCHEMAS = Path.of("src/test/resources/gate/schemas");
    static final Path GATE = Path.of("src/test/resources/gate");

    static String schema(String name) {
        return SCHEMAS.resolve(name).toString();
    }

    @Test
    void aRemovedRequiredFieldPassesBackwardOnAnOpenModel() {
        CliRun run = CliRun.of("compat", schema("order-v1.json"), schema("order-v2.json"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).last().isEqualTo("eventlens compat: passed (0 errors, 0 warnings, 1 info)");
    }

    @Test
    void aRemovedRequiredFieldBreaksForwardAtItsLineInTheOldSchema() {
        CliRun run = CliRun.of("compat", "--mode", "FORWARD", schema("order-v1.json"), schema("order-v2.json"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines())
                .first()
                .asString()
                .startsWith(
                        schema("order-v1.json") + ":4:15: error required-property-added: against version 1 (forward)")
                .contains("\"total\"");
    }

    @Test
    void transitiveModesCheckEveryEarlierVersionAndYamlSchemasHavePositions() {
        CliRun run = CliRun.of(
                "compat",
                "--mode",
                "BACKWARD_TRANSITIVE",
                schema("order-v1.json"),
                schema("order-v2.json"),
                schema("order-v3.yaml"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains(schema("order-v3.yaml") + ":6:11: error type-changed: against version 1 (backward)")
                .contains(schema("order-v3.yaml") + ":6:11: error type-changed: against version 2 (backward)");
    }

    @Test
    void asyncApiDocumentsAreCheckedMessageByMessageNamingTheConsumersHurt() {
        CliRun run = CliRun.of(
                "compat",
                "--mode",
                "FULL",
                GATE.resolve("order-service-v1.yaml").toString(),
                GATE.resolve("order-service-v2.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("error payload-breaking: REQUIRED_PROPERTY_ADDED (seen from the old schema)")
                .contains("[/components/messages/OrderPlaced/payload/required]");
    }

    @Test
    void schemaFilesAndAsyncApiDocumentsCannotBeMixed() {
        CliRun run = CliRun.of("compat", GATE.resolve("order-service-v1.yaml").toString(), schema("order-v2.json"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("give either JSON Schema files or AsyncAPI documents, not both")
                .contains("order-v2.json is not");
    }

    @Test
    void aFileThatIsNotJsonIsAnInputErrorNamingFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"type\": \"object\",\n  oops\n}");
        CliRun run = CliRun.of("compat", schema("order-v1.json"), broken.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("eventlens compat: " + broken + ":3:3: malformed JSON: Unexpected character ('o'");
    }

    @Test
    void aSchemaThatCannotBeComparedExitsTwoWithTheReasonInTheReport(@TempDir Path dir) throws Exception {
        Path dangling = Files.writeString(
                dir.resolve("dangling.json"), "{\"properties\": {\"total\": {\"$ref\": \"#/nowhere\"}}}");
        CliRun run = CliRun.of("compat", schema("order-v1.json"), dangling.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("error not-comparable").contains("#/nowhere");
    }

    @ParameterizedTest(name = "--format {0}: compatible 0, breaking 1, bad input 2, also with --output")
    @ValueSource(strings = {"text", "json", "sarif", "junit"})
    void theExitCodeIsTheSameInEveryFormatAndWithAnOutputFile(String format, @TempDir Path dir) {
        String v1 = schema("order-v1.json");
        String v2 = schema("order-v2.json");
        assertThat(CliRun.of("compat", "--format", format, v1, v2).exitCode()).isZero();
        assertThat(CliRun.of("compat", "--format", format, "--mode", "FORWARD", v1, v2)
                        .exitCode())
                .isEqualTo(1);
        assertThat(CliRun.of("compat", "--format", format, v1, "missing.json").exitCode())
                .isEqualTo(2);
        Path report = dir.resolve("reports/compat." + format);
        CliRun toFile = CliRun.of("compat", "--format", format, "--mode", "FORWARD", "-o", report.toString(), v1, v2);
        assertThat(toFile.exitCode()).isEqualTo(1);
        assertThat(toFile.out()).isEmpty();
        assertThat(report).content().contains("required-property-added");
    }

    @Test
    void draftNamesTheVocabularyOfSchemasThatDeclareNone(@TempDir Path dir) throws Exception {
        Path one = Files.writeString(
                dir.resolve("one.json"), "{\"type\": \"array\", \"contains\": {\"type\": \"string\"}}");
        Path three = Files.writeString(
                dir.resolve("three.json"),
                "{\"type\": \"array\", \"contains\": {\"type\": \"string\"}, \"minContains\": 3}");

        CliRun modern = CliRun.of("compat", "--draft", "2020-12", one.toString(), three.toString());
        CliRun draft7 = CliRun.of("compat", "--draft", "draft-07", one.toString(), three.toString());

        assertThat(modern.exitCode()).isEqualTo(1);
        assertThat(modern.out()).contains("min-contains-increased");
        assertThat(draft7.exitCode()).isZero();
    }

    @Test
    void anUnknownDraftIsAUsageErrorListingTheAllowedOnes() {
        CliRun run = CliRun.of("compat", "--draft", "draft-99", schema("order-v1.json"), schema("order-v2.json"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown JSON Schema draft 'draft-99'; allowed: draft-04, draft-06, draft-07,");
    }

    @Test
    void anUnknownModeIsAUsageErrorListingTheAllowedOnes() {
        CliRun run = CliRun.of("compat", "--mode", "SIDEWAYS", schema("order-v1.json"), schema("order-v2.json"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown compatibility mode 'SIDEWAYS'; allowed: BACKWARD,");
    }

    @Test
    void oneVersionIsAUsageError() {
        CliRun run = CliRun.of("compat", schema("order-v1.json"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("OLD NEW [NEWER...]");
    }

    @Test
    void avroSchemasAreCheckedByAvrosResolutionRules() {
        CliRun run = CliRun.of("compat", schema("order-v1.avsc"), schema("order-v2.avsc"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("info avro-type-promoted")
                .contains("info avro-field-added-with-default")
                .contains("info avro-field-removed");
        assertThat(run.out().lines()).last().isEqualTo("eventlens compat: passed (0 errors, 0 warnings, 3 infos)");
    }

    @Test
    void anAvroNarrowingBreaksForwardAtItsLineInTheOldSchema() {
        CliRun run = CliRun.of("compat", "--mode", "FORWARD", schema("order-v1.avsc"), schema("order-v2.avsc"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines())
                .first()
                .asString()
                .startsWith(schema("order-v1.avsc") + ":9:34: error avro-type-narrowed: against version 1 (forward)")
                .contains("narrowed from \"long\" to \"int\"")
                .endsWith(
                        "(Forward: read 'new' as version 1, which consumers still use, and 'old' as the newest version,"
                                + " whose data they must read.) [/fields/2/type]");
    }

    @Test
    void anAvroFieldWithoutADefaultBreaksTransitivelyAgainstEveryEarlierVersion() {
        CliRun run = CliRun.of(
                "compat",
                "--mode",
                "BACKWARD_TRANSITIVE",
                schema("order-v1.avsc"),
                schema("order-v2.avsc"),
                schema("order-v3.avsc"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains(schema("order-v3.avsc") + ":11:5: error avro-field-added-without-default: against version 1")
                .contains(schema("order-v3.avsc") + ":11:5: error avro-field-added-without-default: against version 2");
    }

    @Test
    void avroAndJsonSchemaFilesCannotBeMixed() {
        CliRun run = CliRun.of("compat", schema("order-v1.json"), schema("order-v2.avsc"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        schema("order-v1.json") + " is a JSON Schema but the newest version, " + schema("order-v2.avsc")
                                + ", is an Avro schema; allowed: every version in one language (--schema-type avro or"
                                + " json-schema reads them all as one)");
    }

    @Test
    void anInvalidAvroSchemaExitsTwoNamingTheProblem(@TempDir Path dir) throws Exception {
        Path typo = Files.writeString(
                dir.resolve("typo.avsc"),
                "{\"type\": \"record\", \"name\": \"OrderPlaced\", \"fields\": [{\"name\": "
                        + "\"n\", \"type\": \"integer\"}]}");
        CliRun run = CliRun.of("compat", schema("order-v1.avsc"), typo.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out())
                .contains("error not-comparable")
                .contains("not a valid Avro schema")
                .contains("integer");
    }

    @ParameterizedTest(name = "Avro, --format {0}: compatible 0, breaking 1, bad input 2")
    @ValueSource(strings = {"text", "json", "sarif", "junit"})
    void avroExitCodesAreTheSameInEveryFormat(String format) {
        String v1 = schema("order-v1.avsc");
        String v2 = schema("order-v2.avsc");
        assertThat(CliRun.of("compat", "--format", format, v1, v2).exitCode()).isZero();
        assertThat(CliRun.of("compat", "--format", format, "--mode", "FULL", v1, v2)
                        .exitCode())
                .isEqualTo(1);
        assertThat(CliRun.of("compat", "--format", format, v1, schema("order-v1.json"))
                        .exitCode())
                .isEqualTo(2);
    }

    @Test
    void schemaTypeAvroReadsFilesThatLookLikeJsonSchemaAsAvro(@TempDir Path dir) throws Exception {
        // an array of records: valid JSON Schema shape too, so auto reads it as JSON Schema
        String v1 = "{\"type\": \"array\", \"items\": {\"type\": \"record\", \"name\": \"Line\", \"fields\":"
                + " [{\"name\": \"sku\", \"type\": \"string\"}]}}";
        Path old = Files.writeString(dir.resolve("lines-v1.json"), v1);
        Path updated = Files.writeString(
                dir.resolve("lines-v2.json"),
                v1.replace("\"type\": \"string\"}]", "\"type\": \"string\"}, {\"name\": \"qty\", \"type\": \"int\"}]"));

        CliRun avro = CliRun.of("compat", "--schema-type", "avro", old.toString(), updated.toString());
        assertThat(avro.exitCode()).isEqualTo(1);
        assertThat(avro.out()).contains("error avro-field-added-without-default");
        assertThat(CliRun.of("compat", old.toString(), updated.toString()).out())
                .doesNotContain("avro-");
    }

    @Test
    void aMapOrAnArrayOfATypeNameIsAvroWithoutBeingTold(@TempDir Path dir) throws Exception {
        Path old = Files.writeString(dir.resolve("counts-v1.json"), "{\"type\": \"map\", \"values\": \"int\"}");
        Path updated = Files.writeString(dir.resolve("counts-v2.json"), "{\"type\": \"map\", \"values\": \"long\"}");

        CliRun run = CliRun.of("compat", "--mode", "FULL", old.toString(), updated.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("info avro-type-promoted", "error avro-type-narrowed");
    }

    @Test
    void anUnknownSchemaTypeIsAUsageErrorListingTheAllowedOnes() {
        CliRun run = CliRun.of("compat", "--schema-type", "protobuf", schema("order-v1.avsc"), schema("order-v2.avsc"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown --schema-type 'protobuf'; allowed: auto, json-schema, avro");
    }
}
