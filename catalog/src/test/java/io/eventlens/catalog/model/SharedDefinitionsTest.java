package io.eventlens.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.catalog.CatalogLoad;
import io.eventlens.catalog.CatalogLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedDefinitionsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/shared");

    private static Catalog load(String folder) {
        CatalogLoad load = new CatalogLoader().load(FIXTURES.resolve(folder));
        assertThat(load.problems()).isEmpty();
        return load.catalog();
    }

    @Test
    void aTwoPointXDocumentWithOnlyComponentsIsSharedDefinitionsAndNotAnApplication() {
        Catalog catalog = load("v2");

        assertThat(catalog.applications()).extracting(Service::id).containsExactly("Billing Service");
        assertThat(catalog.sharedDefinitions()).singleElement().satisfies(shared -> {
            assertThat(shared.info().title()).isEqualTo("Billing definitions");
            assertThat(shared.info().version()).isEqualTo("2.1.0");
            assertThat(shared.info().description()).isEqualTo("Schemas and messages the billing services share.");
            assertThat(shared.info().owner()).isEqualTo(new Owner("billing-guild", null, null));
            assertThat(shared.info().document())
                    .isEqualTo(FIXTURES.resolve("v2/definitions.yaml").toString());
            assertThat(shared.components()).containsOnlyKeys("schemas", "messages");
            assertThat(shared.components("schemas")).containsExactly("Money", "Invoice");
            assertThat(shared.components("messages")).containsExactly("InvoiceIssued");
            assertThat(shared.usedBy()).containsExactly("Billing Service");
        });
    }

    @Test
    void aThreeZeroDocumentWithEmptyChannelsAndOperationsIsSharedDefinitionsUsedByTheDocumentsReferencingIt() {
        Catalog catalog = load("v3");

        assertThat(catalog.sharedDefinitions()).singleElement().satisfies(shared -> {
            assertThat(shared.info().id()).isEqualTo("Parcel definitions");
            assertThat(shared.info().owner()).isEqualTo(new Owner("logistics-team", null, null));
            assertThat(shared.components("schemas")).containsExactly("Address");
            assertThat(shared.components("messages")).containsExactly("ParcelShipped", "ParcelLost");
            assertThat(shared.components("securitySchemes")).isEmpty();
            assertThat(shared.usedBy()).containsExactly("Tracking Service");
        });
    }

    @Test
    void aDocumentWithChannelsButNoOperationsIsStillAnApplication() {
        Catalog catalog = load("v3");

        assertThat(catalog.applications())
                .extracting(Service::id)
                .containsExactlyInAnyOrder("Parcel registry", "Tracking Service");
    }

    @Test
    void servicesStillHoldEveryDocumentsInfoSoSearchAndHistoryKeepSeeingSharedDefinitions() {
        Catalog catalog = load("v3");

        assertThat(catalog.services())
                .extracting(Service::id)
                .containsExactlyInAnyOrder("Parcel definitions", "Parcel registry", "Tracking Service");
        assertThat(catalog.search("parcel definitions"))
                .extracting(SearchHit::kind)
                .containsExactly(SearchHit.Kind.SERVICE);
    }

    @Test
    void aCatalogOfOneStoredTreeKnowsItsSharedDefinitionsButNotWhoUsesThem() {
        CatalogLoad load = new CatalogLoader().load(FIXTURES.resolve("v3/definitions.yaml"));
        var document = load.documents().get(0).document();

        Catalog catalog = Catalog.ofTree(document.name(), document.version(), document.tree());

        assertThat(catalog.applications()).isEmpty();
        assertThat(catalog.sharedDefinitions())
                .singleElement()
                .satisfies(shared -> assertThat(shared.usedBy()).isEmpty());
    }

    @Test
    void aCatalogBuiltFromListsAloneCountsEveryServiceAsAnApplication() {
        Service service = new Service("a", "A", "1", null, null, List.of(), "a.yaml");

        Catalog catalog = new Catalog(List.of(service), List.of(), List.of(), List.of());

        assertThat(catalog.applications()).containsExactly(service);
        assertThat(catalog.sharedDefinitions()).isEmpty();
    }
}
