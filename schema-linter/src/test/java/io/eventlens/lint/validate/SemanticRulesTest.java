package io.eventlens.lint.validate;

import static io.eventlens.lint.validate.ValidationFixtures.DIR;
import static io.eventlens.lint.validate.ValidationFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eventlens.catalog.load.LoadProblem;
import org.junit.jupiter.api.Test;

/** Rules of the AsyncAPI specification that its JSON Schemas do not express. */
class SemanticRulesTest {

    @Test
    void aTwoPointXChannelNameWithAQueryAndAParameterNameOutsideThePatternAreReported() {
        assertThat(validate("invalid-channel-names.yaml").problems())
                .extracting(LoadProblem::toString)
                .containsExactly(
                        DIR.resolve("invalid-channel-names.yaml")
                                + ":7:5: channel name 'user/signedup?region=eu' has a query part"
                                + " '?region=eu'; a channel name must not contain query "
                                + "parameters (describe them with bindings)"
                                + " (at /channels/user~1signedup?region=eu)",
                        DIR.resolve("invalid-channel-names.yaml")
                                + ":15:9: parameter name 'user.region' has characters that are not"
                                + " allowed; allowed: letters, digits, '_' and '-' (at "
                                + "/channels/user~1{userId}~1{user.region}/parameters/user.region)");
    }

    @Test
    void aThreePointZeroChannelAddressWithAQueryAndABadParameterNameAreReported() {
        assertThat(validate("invalid-channel-address-v3.yaml").problems())
                .extracting(LoadProblem::pointer, LoadProblem::line, LoadProblem::message)
                .containsExactly(
                        tuple(
                                "/channels/userSignedUp/address",
                                7,
                                "channel address 'user/signedup?region=eu' has a query part"
                                        + " '?region=eu'; a channel address must not contain "
                                        + "query parameters (describe them with bindings)"),
                        tuple(
                                "/channels/userUpdated/parameters/user id",
                                14,
                                "parameter name 'user id' has characters that are"
                                        + " not allowed; allowed: letters, digits, '_' and '-'"));
    }

    @Test
    void twoPointZeroMessageTraitExamplesMayHoldOnlyHeadersObjectsAndPayloads() {
        assertThat(validate("invalid-trait-examples.yaml").problems())
                .extracting(LoadProblem::pointer, LoadProblem::line, LoadProblem::message)
                .containsExactly(
                        tuple(
                                "/components/messageTraits/commonHeaders/examples/0/name",
                                20,
                                "message trait example has field 'name'; a message example has "
                                        + "only 'headers' and 'payload'"),
                        tuple(
                                "/channels/user~1signedup/subscribe/message/traits/1/examples/0/headers",
                                13,
                                "headers of a message trait example must be an object; found \"source=crm\""));
    }

    @Test
    void anOperationIdGivenByTheLastTraitThatNamesOneMustBeUniqueToo() {
        assertThat(validate("invalid-trait-operation-id.yaml").problems())
                .extracting(LoadProblem::pointer, LoadProblem::line, LoadProblem::message)
                .containsExactly(
                        tuple(
                                "/channels/user~1deleted/subscribe/traits/1",
                                21,
                                "duplicate operationId 'onUserSignedUp'"
                                        + " (given by its trait), first used at /channels/user~1signedup/publish;"
                                        + " operationIds must be unique in a document"),
                        tuple(
                                "/channels/user~1renamed/publish/operationId",
                                26,
                                "duplicate operationId 'sendUserSignedUpByTrait',"
                                        + " first used at /channels/user~1signedup/subscribe; "
                                        + "operationIds must be unique in a document"));
    }

    @Test
    void aDiscriminatorMustBeADefinedAndRequiredPropertyOfItsSchema() {
        assertThat(validate("invalid-discriminator.yaml").problems())
                .extracting(LoadProblem::pointer, LoadProblem::line, LoadProblem::message)
                .containsExactly(
                        tuple(
                                "/components/schemas/Pet/discriminator",
                                23,
                                "discriminator 'petType' is not among the schema's"
                                        + " required properties [\"name\"]; the discriminator "
                                        + "property must be required"),
                        tuple(
                                "/channels/pets/subscribe/message/payload/properties/owner/discriminator",
                                16,
                                "discriminator 'kind' is not a property of this schema; the "
                                        + "discriminator must be defined in its"
                                        + " properties and listed in its required properties"));
    }
}
