package io.eventlens.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.catalog.CatalogLoad;
import io.eventlens.catalog.CatalogLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class CatalogModelTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    private static Catalog load(String... files) {
        CatalogLoad load = new CatalogLoader()
                .load(Arrays.stream(files).map(FIXTURES::resolve).toList());
        assertThat(load.problems()).isEmpty();
        return load.catalog();
    }

    @Test
    void inTwoPointXSubscribeMeansTheApplicationSendsAndPublishMeansItReceives() {
        Catalog catalog = load("v2/accounts.yaml");
        assertThat(catalog.operations())
                .extracting(Operation::id, Operation::action, Operation::channel)
                .containsExactly(
                        Tuple.tuple("emitUserSignUp", Action.SEND, "user/signedup"),
                        Tuple.tuple("onUserDeleted", Action.RECEIVE, "user/deleted"));
        assertThat(catalog.servicesThat(Action.SEND, "UserSignedUp")).containsExactly("Account Service");
        assertThat(catalog.servicesThat(Action.RECEIVE, "UserSignedUp")).isEmpty();
    }

    @Test
    void inThreeZeroSendAndReceiveAreTakenAsWritten() {
        Catalog catalog = load("v3/accounts.yaml");
        assertThat(catalog.operations())
                .extracting(Operation::id, Operation::action, Operation::channel, Operation::messages)
                .containsExactly(
                        Tuple.tuple("sendUserSignedUp", Action.SEND, "userSignedup", List.of("UserSignedUp")),
                        Tuple.tuple("onUserDeleted", Action.RECEIVE, "userDeleted", List.of("userDeleted")));
    }

    @Test
    void aServiceTakesItsOwnerFromXOwnerBeforeContactAndItsTagsFromTheDocument() {
        Service v2 = load("v2/accounts.yaml").services().get(0);
        assertThat(v2.owner()).isEqualTo(new Owner("identity-team", "identity@example.com", null));
        assertThat(v2.tags()).containsExactly("accounts");
        assertThat(load("v3/accounts.yaml").services().get(0).owner())
                .isEqualTo(new Owner("identity-team", null, null));
    }

    @Test
    void anAvroPayloadsRecordFieldsAreItsFieldsAndCanBeSearched() {
        Catalog catalog = load("v3/avro-orders.yaml");
        assertThat(catalog.messages())
                .singleElement()
                .satisfies(m -> assertThat(m.payloadFields())
                        .containsExactly("order_id", "lines", "sku", "coupon", "code", "attributes", "label"));
        assertThat(catalog.search("coupon")).extracting(SearchHit::kind).contains(SearchHit.Kind.MESSAGE);
    }

    @Test
    void aMessageCarriesItsSchemasExamplesCorrelationIdAndSchemaVersion() {
        Message message =
                load("v2/accounts.yaml").messageVersions("UserSignedUp").get(0);
        assertThat(message.schemaVersion()).isEqualTo("2.0.0");
        assertThat(message.title()).isEqualTo("User signed up");
        assertThat(message.contentType()).isEqualTo("application/json");
        assertThat(message.correlationIdLocation()).isEqualTo("$message.header#/correlationId");
        assertThat(message.examples())
                .singleElement()
                .satisfies(
                        e -> assertThat(e.at("/payload/displayName").asText()).isEqualTo("Ada"));
        assertThat(message.payloadFields()).containsExactly("displayName", "email", "address", "postcode");
    }

    @Test
    void messagesOfOneOfAreEachKeptAndAMessageWithoutSchemaVersionTakesTheDocumentVersion() {
        Catalog catalog = load("v2/accounts.yaml");
        assertThat(catalog.messages())
                .extracting(Message::key)
                .containsExactlyInAnyOrder("UserSignedUp", "UserDeleted", "UserPurged");
        assertThat(catalog.messageVersions("UserPurged"))
                .singleElement()
                .satisfies(m -> assertThat(m.schemaVersion()).isEqualTo("1.2.0"));
    }

    @Test
    void channelsKeepTheirAddressAndProtocolBindings() {
        Catalog catalog = load("v3/accounts.yaml");
        assertThat(catalog.channels())
                .extracting(Channel::address, Channel::bindings)
                .containsExactly(
                        Tuple.tuple("user/signedup", List.of(new ChannelBinding("kafka", "accounts.user-signedup"))),
                        Tuple.tuple(
                                "accounts:user-deleted",
                                List.of(new ChannelBinding("redis", "accounts:user-deleted"))));
    }

    @Test
    void aMessageKeepsItsIdentityAcrossVersionsAndVersionsComeOldestFirst() {
        Catalog catalog = load("v3/accounts.yaml", "v2/accounts.yaml");
        assertThat(catalog.messageVersions("UserSignedUp"))
                .extracting(Message::schemaVersion)
                .containsExactly("2.0.0", "3.0.0");
        assertThat(catalog.messageVersions("UserSignedUp").get(1).payloadFields())
                .contains("marketingConsent");
    }

    @Test
    void aFolderOfServicesSharingFilesGivesProducersAndConsumersOfOneMessage() {
        Catalog catalog = load("system");
        assertThat(catalog.services()).extracting(Service::id).containsExactly("Order Service", "Shipping Service");
        assertThat(catalog.servicesThat(Action.SEND, "OrderPlaced")).containsExactly("Order Service");
        assertThat(catalog.servicesThat(Action.RECEIVE, "OrderPlaced")).containsExactly("Shipping Service");
    }

    @Test
    void searchFindsMessagesByPayloadFieldNamesAndServicesByDescription() {
        Catalog catalog = load("v2/accounts.yaml", "system");
        assertThat(catalog.search("postcode"))
                .singleElement()
                .isEqualTo(new SearchHit(
                        SearchHit.Kind.MESSAGE,
                        "UserSignedUp",
                        FIXTURES.resolve("v2/accounts.yaml").toString(),
                        "payload field postcode"));
        assertThat(catalog.search("SKU")).extracting(SearchHit::id).containsExactly("OrderPlaced", "OrderPlaced");
        assertThat(catalog.search("manages user")).extracting(SearchHit::kind).containsExactly(SearchHit.Kind.SERVICE);
        assertThat(catalog.search("  ")).isEmpty();
    }
}
