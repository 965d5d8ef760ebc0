package io.eventlens.lint.validate;

import static io.eventlens.lint.validate.ValidationFixtures.DIR;
import static io.eventlens.lint.validate.ValidationFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.catalog.load.LoadProblem;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void validTwoPointSixAndThreeZeroDocumentsHaveNoProblems() {
        assertThat(validate("valid-v2.yaml").problems()).isEmpty();
        assertThat(validate("valid-v3.yaml").problems()).isEmpty();
    }

    @Test
    void aMissingRequiredFieldIsReportedAtItsParentWithLineAndColumn() {
        DocumentVerdict verdict = validate("invalid-structure.yaml");
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.problems())
                .extracting(LoadProblem::toString)
                .containsExactly(
                        DIR.resolve("invalid-structure.yaml") + ":3:3: does not match the AsyncAPI 2.6.0 schema:"
                                + " required property 'version' not found (at /info)");
    }

    @Test
    void duplicateTagNamesAndOperationIdsAreReported() {
        DocumentVerdict verdict = validate("invalid-duplicates.yaml");
        assertThat(verdict.problems())
                .extracting(LoadProblem::pointer, LoadProblem::line, LoadProblem::message)
                .containsExactly(
                        Tuple.tuple(
                                "/tags/1",
                                7,
                                "duplicate tag name 'user'; tag names must be unique within a list of tags"),
                        Tuple.tuple(
                                "/channels/b/publish/operationId",
                                17,
                                "duplicate operationId 'emit', first used at "
                                        + "/channels/a/subscribe; operationIds must be unique in a document"));
    }

    @Test
    void anExampleThatDoesNotMatchItsReferencedSchemaIsReported() {
        DocumentVerdict verdict = validate("invalid-example.yaml");
        assertThat(verdict.problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/components/messages/UserSignedUp/examples/0/payload/displayName");
            assertThat(p.message())
                    .isEqualTo("example payload does not match the message's payload schema:"
                            + " integer found, string expected");
            assertThat(p.line()).isEqualTo(17);
        });
    }

    @Test
    void avroExamplesAreCheckedAgainstTheirAvroPayloadPlainOrTagged() {
        DocumentVerdict verdict = validate("avro-v2.yaml");
        assertThat(verdict.problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/components/messages/UserSignedUp/examples/2/payload/age");
            assertThat(p.message())
                    .isEqualTo("example payload does not match the message's Avro payload schema:"
                            + " string found, [null, integer] expected");
            assertThat(p.line()).isEqualTo(24);
        });
    }

    @Test
    void anAvroPayloadAvrosParserRefusesIsAnError() {
        DocumentVerdict verdict = validate("avro-broken-v2.yaml");
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/channels/users/subscribe/message/payload");
            assertThat(p.message())
                    .startsWith("payload is not a valid Avro schema:")
                    .contains("strng")
                    .endsWith("(schemaFormat names Avro)");
        });
    }

    @Test
    void securityRequirementsMustNameDeclaredSchemesAndOnlyOAuthTakesScopesAndComponentNamesAreRestricted() {
        DocumentVerdict verdict = validate("invalid-security-and-keys.yaml");
        assertThat(verdict.problems())
                .extracting(LoadProblem::pointer, LoadProblem::message)
                .containsExactlyInAnyOrder(
                        Tuple.tuple(
                                "/servers/production/security/0/certificate",
                                "security scheme 'certificate' of type 'X509' takes no scopes; its "
                                        + "list must be empty (only oauth2 and openIdConnect take scopes)"),
                        Tuple.tuple(
                                "/servers/production/security/1/missing",
                                "security requirement names"
                                        + " scheme 'missing', which components.securitySchemes does not declare"),
                        Tuple.tuple(
                                "/components/messages/user#signedup",
                                "component name 'user#signedup'"
                                        + " in components.messages has characters that are not "
                                        + "allowed; allowed: letters, digits, '.', '-' and '_'"));
    }

    @Test
    void aTwoPointZeroBindingIsCheckedAgainstTheSchemaOfItsDeclaredBindingVersion() {
        DocumentVerdict verdict = validate("invalid-binding.yaml");
        assertThat(verdict.problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/channels/user~1signedup/subscribe/bindings/kafka/groupId");
            assertThat(p.message())
                    .startsWith("does not match the kafka operation binding schema"
                            + " (http://asyncapi.com/bindings/kafka/0.1.0/operation.json): ");
            assertThat(p.line()).isEqualTo(12);
        });
    }

    @Test
    void aServerVariableExampleOutsideItsEnumIsReported() {
        assertThat(validate("invalid-server-variable.yaml").problems())
                .extracting(LoadProblem::toString)
                .containsExactly(DIR.resolve("invalid-server-variable.yaml")
                        + ":13:20: server variable 'port' value \"1883\" is not one of"
                        + " its enum values [\"8883\",\"8884\"] (at /servers/production/variables/port/examples/0)");
    }

    @Test
    void aBindingVersionThatIsNotAStringIsReported() {
        assertThat(validate("invalid-binding-version.yaml").problems())
                .extracting(LoadProblem::pointer, LoadProblem::message)
                .containsExactly(Tuple.tuple(
                        "/channels/user~1signedup/subscribe/message/bindings/kafka/bindingVersion",
                        "bindingVersion of the kafka message binding must be a string "
                                + "such as \"0.1.0\"; found {\"prop\":1}"));
    }
}
