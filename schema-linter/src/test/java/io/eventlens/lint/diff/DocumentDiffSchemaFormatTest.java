package io.eventlens.lint.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.Policy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A message's schemaFormat in the document diff: a language change breaks, another notation or version does not. */
class DocumentDiffSchemaFormatTest {

    static final String JSON_07 = "application/schema+json;version=draft-07";
    static final String AVRO = "application/vnd.apache.avro;version=1.9.0";

    /** AsyncAPI 2.6 (src/test/resources/diff/schema-format): schemaFormat on the message, JSON Schema draft-07. */
    static final String V2 = Documents.text("/diff/schema-format/users-2.6.yaml");

    /** AsyncAPI 3.0: the same message, its payload a plain schema (the document's default format). */
    static final String V3 = Documents.text("/diff/schema-format/users-3.0.yaml");

    /** The payload both fixtures end with. */
    static final String JSON_PAYLOAD = """
                    type: object
                    properties:
                      user:
                        type: string
            """;

    static final String AVRO_PAYLOAD = """
                    type: record
                    name: UserSignedUp
                    fields:
                      - name: user
                        type: string
            """;

    @TempDir
    Path dir;

    List<DocumentChange> diff(Mode mode, String before, String after) {
        return new DocumentDiff(mode, Policy.STRICT)
                .diff(Documents.load(dir, "old.yaml", before), Documents.load(dir, "new.yaml", after));
    }

    /** The 2.6 fixture with that schemaFormat (none when null) and payload. */
    static String v2(String format, String payload) {
        String document = V2.replace(JSON_PAYLOAD, payload);
        return format == null
                ? document.replace("      schemaFormat: " + JSON_07 + "\n", "")
                : document.replace(JSON_07, format);
    }

    /** A 3.0 payload wrapped in a Multi Format Schema Object of that format, or plain when {@code format} is null. */
    static String v3(String format, String payload) {
        return V3.replace(
                JSON_PAYLOAD,
                format == null
                        ? payload
                        : "        schemaFormat: " + format + "\n        schema:\n"
                                + payload.replaceAll("(?m)^", "  "));
    }

    @Test
    void jsonToYamlOfTheSameDraftIsANotationChangeThatBreaksNothing() {
        String before = v2(JSON_07, JSON_PAYLOAD);
        List<DocumentChange> changes = diff(Mode.FULL, before, before.replace("schema+json", "schema+yaml"));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.SCHEMA_FORMAT_NOTATION_CHANGED);
            assertThat(c.breaking()).isFalse();
            assertThat(c.pointer()).isEqualTo("/components/messages/UserSignedUp/schemaFormat");
            assertThat(c.line()).isEqualTo(20);
            assertThat(c.sentence())
                    .isEqualTo("the schema format of the payload of message 'UserSignedUp' changed from"
                            + " JSON Schema draft-07 "
                            + "('application/schema+json;version=draft-07') to JSON Schema draft-07"
                            + " ('application/schema+yaml;version=draft-07'): the same "
                            + "language and version (JSON Schema"
                            + " draft-07) written another way, so no payload changes");
        });
    }

    @Test
    void theDocumentsDefaultAsyncApiSchemaToJsonSchemaDraft07IsANotationChange() {
        List<DocumentChange> changes = diff(Mode.FULL, v2(null, JSON_PAYLOAD), v2(JSON_07, JSON_PAYLOAD));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.SCHEMA_FORMAT_NOTATION_CHANGED);
            assertThat(c.breaking()).isFalse();
            assertThat(c.sentence())
                    .contains("from AsyncAPI Schema ('application/vnd.aai.asyncapi;version=2.6.0',"
                            + " the document's default) to JSON Schema draft-07");
        });
    }

    @Test
    void theDefaultWrittenOutIsNoChange() {
        assertThat(diff(
                        Mode.FULL,
                        v2(null, JSON_PAYLOAD),
                        v2("application/vnd.aai.asyncapi;version=2.6.0", JSON_PAYLOAD)))
                .isEmpty();
        assertThat(diff(
                        Mode.FULL,
                        v2("application/vnd.aai.asyncapi+yaml;version=2.6.0", JSON_PAYLOAD),
                        v2(null, JSON_PAYLOAD)))
                .isEmpty();
    }

    @Test
    void avroToJsonSchemaBreaksBothWaysAndThePayloadsAreNotComparedAsJsonSchemas() {
        for (Mode mode : List.of(Mode.BACKWARD, Mode.FORWARD, Mode.NONE)) {
            List<DocumentChange> changes = diff(mode, v2(AVRO, AVRO_PAYLOAD), v2(JSON_07, JSON_PAYLOAD));
            assertThat(changes).as("under %s", mode).singleElement().satisfies(c -> {
                assertThat(c.type()).isEqualTo(ChangeType.SCHEMA_LANGUAGE_CHANGED);
                assertThat(c.breaking()).isTrue();
                assertThat(c.pointer()).isEqualTo("/components/messages/UserSignedUp/schemaFormat");
                assertThat(c.consumers()).containsExactly("Users");
                assertThat(c.sentence())
                        .startsWith("the schema language of the payload of message 'UserSignedUp'"
                                + " changed from Avro 1.9.0 "
                                + "('application/vnd.apache.avro;version=1.9.0') to JSON Schema"
                                + " draft-07 ('application/schema+json;version=draft-07'): every payload is encoded");
            });
        }
    }

    @Test
    void theDocumentsDefaultToAvroIsALanguageChange() {
        List<DocumentChange> changes = diff(Mode.BACKWARD, v2(null, JSON_PAYLOAD), v2(AVRO, AVRO_PAYLOAD));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.SCHEMA_LANGUAGE_CHANGED);
            assertThat(c.sentence())
                    .contains("from AsyncAPI Schema ('application/vnd.aai.asyncapi;version=2.6.0',"
                            + " the document's default) to Avro 1.9.0");
        });
    }

    @Test
    void aNewerAvroVersionWithTheSameSchemaIsReportedButNotBreaking() {
        List<DocumentChange> changes =
                diff(Mode.FULL, v2(AVRO, AVRO_PAYLOAD), v2(AVRO.replace("1.9.0", "1.10.0"), AVRO_PAYLOAD));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.SCHEMA_LANGUAGE_VERSION_CHANGED);
            assertThat(c.breaking()).isFalse();
            assertThat(c.sentence())
                    .startsWith("the Avro version of the payload of message 'UserSignedUp' changed from Avro 1.9.0");
        });
    }

    @Test
    void aChangedAvroSchemaIsComparedByAvrosResolutionRules() {
        String renamed = AVRO_PAYLOAD.replace("user", "account");
        List<DocumentChange> changes = diff(Mode.FULL, v2(AVRO, AVRO_PAYLOAD), v2(AVRO, renamed));

        assertThat(changes)
                .extracting(DocumentChange::type, DocumentChange::breaking, DocumentChange::pointer)
                .containsOnly(
                        tuple(ChangeType.PAYLOAD_BREAKING, true, "/components/messages/UserSignedUp/payload/fields/0"));
        // backward: new readers need account, old data lacks it; forward: old readers need user, new data lacks it
        assertThat(changes)
                .extracting(DocumentChange::sentence)
                .satisfiesExactlyInAnyOrder(
                        s -> assertThat(s)
                                .startsWith("AVRO_FIELD_ADDED_WITHOUT_DEFAULT: readers of the new payload schema must"
                                        + " read data written with the old one: The "
                                        + "field {\"name\":\"account\",\"type\":\"string\"} was added at"),
                        s -> assertThat(s)
                                .startsWith(
                                        "AVRO_FIELD_ADDED_WITHOUT_DEFAULT (seen from the old schema): consumers still"
                                                + " on the old payload schema must read data "
                                                + "the new one allows: The field {\"name\":\"user\""));
        String aliased = renamed.replace("type: string", "type: string\n" + " ".repeat(12) + "aliases: [user]");
        assertThat(diff(Mode.BACKWARD, v2(AVRO, AVRO_PAYLOAD), v2(AVRO, aliased)))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.type()).isEqualTo(ChangeType.PAYLOAD_CHANGED);
                    assertThat(c.breaking()).isFalse();
                    assertThat(c.sentence()).contains("AVRO_FIELD_RENAMED_WITH_ALIAS");
                });
        assertThat(diff(Mode.NONE, v2(AVRO, AVRO_PAYLOAD), v2(AVRO, renamed))).isEmpty();
    }

    @Test
    void anAvroFieldAddedWithADefaultPassesEveryMode() {
        String added = AVRO_PAYLOAD + """
                          - name: locale
                            type: string
                            default: en
                """;
        for (Mode mode : List.of(Mode.BACKWARD, Mode.FORWARD, Mode.FULL)) {
            assertThat(diff(mode, v2(AVRO, AVRO_PAYLOAD), v2(AVRO, added)))
                    .as("%s", mode)
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c.breaking()).isFalse());
        }
    }

    @Test
    void anAvroMessageThatLostItsPayloadIsNotComparableAndSaysSo() {
        String lost = v2(AVRO, AVRO_PAYLOAD).replace("      payload:\n" + AVRO_PAYLOAD, "");
        assertThat(lost).doesNotContain("type: record");

        assertThat(diff(Mode.BACKWARD, v2(AVRO, AVRO_PAYLOAD), lost))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.type()).isEqualTo(ChangeType.SCHEMA_NOT_COMPARABLE);
                    assertThat(c.breaking()).isTrue();
                    assertThat(c.sentence()).contains("the new Avro schema is missing or empty");
                });
    }

    @Test
    void aBrokenAvroSchemaIsNotComparableAndSaysWhy() {
        List<DocumentChange> changes = diff(
                Mode.BACKWARD, v2(AVRO, AVRO_PAYLOAD), v2(AVRO, AVRO_PAYLOAD.replace("type: string", "type: strng")));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.SCHEMA_NOT_COMPARABLE);
            assertThat(c.breaking()).isTrue();
            assertThat(c.sentence())
                    .contains("the new schema is not a valid Avro schema")
                    .contains("strng");
        });
    }

    @Test
    void aChangedProtobufSchemaIsNotComparableRatherThanReadAsJsonSchema() {
        String protobuf = "application/vnd.google.protobuf;version=3";
        List<DocumentChange> changes =
                diff(Mode.FULL, v2(protobuf, AVRO_PAYLOAD), v2(protobuf, AVRO_PAYLOAD.replace("user", "account")));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.SCHEMA_NOT_COMPARABLE);
            assertThat(c.breaking()).isTrue();
            assertThat(c.pointer()).isEqualTo("/components/messages/UserSignedUp/payload");
            assertThat(c.sentence())
                    .contains("written in Protobuf 3 ('application/vnd.google.protobuf;version=3'),"
                            + " which EventLens does not compare (it reads AsyncAPI Schema, JSON Schema draft-04");
        });
    }

    @Test
    void aNewerJsonSchemaDraftIsNotBreakingByItselfAndThePayloadsAreStillCompared() {
        String json2020 = JSON_07.replace("draft-07", "2020-12");
        List<DocumentChange> changes = diff(Mode.BACKWARD, v2(JSON_07, JSON_PAYLOAD), v2(json2020, JSON_PAYLOAD));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.SCHEMA_LANGUAGE_VERSION_CHANGED);
            assertThat(c.breaking()).isFalse();
            assertThat(c.sentence())
                    .isEqualTo("the JSON Schema version of the payload of message 'UserSignedUp' changed"
                            + " from JSON Schema draft-07 "
                            + "('application/schema+json;version=draft-07') to JSON Schema 2020-12"
                            + " ('application/schema+json;version=2020-12'): not breaking by "
                            + "itself; the schemas are compared,"
                            + " each read under its own version, and a difference that matters is reported on its own");
        });
        List<DocumentChange> retyped =
                diff(Mode.BACKWARD, v2(JSON_07, JSON_PAYLOAD), v2(json2020, JSON_PAYLOAD.replace("string", "integer")));
        assertThat(retyped)
                .extracting(DocumentChange::type)
                .containsExactly(ChangeType.SCHEMA_LANGUAGE_VERSION_CHANGED, ChangeType.PAYLOAD_BREAKING);
    }

    @Test
    void theEngineReadsAPayloadUnderTheDraftItsSchemaFormatNamesUnlessTheSchemaNamesOne() {
        DocumentSide side = Documents.load(dir, "any.yaml", v2(JSON_07, JSON_PAYLOAD));
        JsonNode payload = side.catalog().messages().get(0).payload();
        String uri = "https://json-schema.org/draft/2020-12/schema";
        assertThat(SchemaCompare.standalone(side, payload, uri).get("$schema").asText())
                .isEqualTo(uri);
        assertThat(SchemaCompare.standalone(side, payload, null).has("$schema"))
                .as("draft-07 is the default")
                .isFalse();
        ((ObjectNode) payload).put("$schema", "http://json-schema.org/draft-07/schema#");
        assertThat(SchemaCompare.standalone(side, payload, uri).get("$schema").asText())
                .isEqualTo("http://json-schema.org/draft-07/schema#");
    }

    @Test
    void anUnknownJsonSchemaDraftIsNotComparableWhenTheSchemaChanges() {
        String draft99 = JSON_07.replace("draft-07", "draft-99");
        assertThat(diff(Mode.FULL, v2(draft99, JSON_PAYLOAD), v2(draft99, JSON_PAYLOAD)))
                .isEmpty();
        List<DocumentChange> changes =
                diff(Mode.FULL, v2(draft99, JSON_PAYLOAD), v2(draft99, JSON_PAYLOAD.replace("string", "integer")));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.SCHEMA_NOT_COMPARABLE);
            assertThat(c.sentence()).contains("written in JSON Schema draft-99");
        });
    }

    @Test
    void aThreeZeroMultiFormatAvroPayloadReplacedByAPlainSchemaIsALanguageChange() {
        List<DocumentChange> changes = diff(Mode.FORWARD, v3(AVRO, AVRO_PAYLOAD), v3(null, JSON_PAYLOAD));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.SCHEMA_LANGUAGE_CHANGED);
            assertThat(c.pointer()).isEqualTo("/components/messages/UserSignedUp/payload");
            assertThat(c.sentence())
                    .contains("to AsyncAPI Schema ('application/vnd.aai.asyncapi+json;version=3.0.0',"
                            + " the document's default)");
        });
    }

    @Test
    void aThreeZeroMultiFormatNotationChangeIsPlacedAtItsSchemaFormat() {
        List<DocumentChange> changes =
                diff(Mode.FULL, v3(JSON_07, JSON_PAYLOAD), v3(JSON_07.replace("+json", "+yaml"), JSON_PAYLOAD));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.SCHEMA_FORMAT_NOTATION_CHANGED);
            assertThat(c.pointer()).isEqualTo("/components/messages/UserSignedUp/payload/schemaFormat");
        });
    }

    @Test
    void aThreeZeroMultiFormatSchemaBehindAReferenceHasItsSchemaCompared() {
        String wrapped = V3.replace(
                JSON_PAYLOAD,
                "        $ref: '#/components/schemas/User'\n  schemas:\n    User:\n"
                        + "      schemaFormat: " + JSON_07
                        + "\n      schema:\n        type: object\n        required: [user]\n"
                        + "        properties:\n          user:\n            type: string\n");
        List<DocumentChange> changes = diff(Mode.BACKWARD, wrapped, wrapped.replace("type: string", "type: integer"));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.PAYLOAD_BREAKING);
            assertThat(c.sentence()).startsWith("TYPE_CHANGED");
        });
    }

    @Test
    void aTwoSixAvroMessageAndItsThreeZeroTranslationHaveNoChangeAndAcrossVersionsTheLanguageStillCounts() {
        assertThat(diff(Mode.FULL, v2(AVRO, AVRO_PAYLOAD), v3(AVRO, AVRO_PAYLOAD)))
                .isEmpty();
        assertThat(diff(Mode.FULL, v2(null, JSON_PAYLOAD), v3(null, JSON_PAYLOAD)))
                .isEmpty();
        assertThat(diff(Mode.FULL, v2(AVRO, AVRO_PAYLOAD), v3(null, JSON_PAYLOAD)))
                .extracting(DocumentChange::type)
                .containsExactly(ChangeType.SCHEMA_LANGUAGE_CHANGED);
    }

    @Test
    void aSchemaFormatGivenByATwoSixMessageTraitCounts() {
        String traited = v2(null, AVRO_PAYLOAD)
                        .replace(
                                "    UserSignedUp:\n      name: UserSignedUp\n",
                                "    UserSignedUp:\n      name: UserSignedUp\n      traits:\n  "
                                        + "      - $ref: '#/components/messageTraits/Avro'\n")
                + "  messageTraits:\n    Avro:\n      schemaFormat: " + AVRO + "\n";
        assertThat(diff(Mode.FULL, v2(AVRO, AVRO_PAYLOAD), traited)).isEmpty();
        assertThat(diff(Mode.FULL, traited, v2(null, JSON_PAYLOAD)))
                .extracting(DocumentChange::type)
                .containsExactly(ChangeType.SCHEMA_LANGUAGE_CHANGED);
    }
}
