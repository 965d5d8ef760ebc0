package io.eventlens.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.catalog.history.SnapshotStore;
import io.eventlens.catalog.load.DocumentLoad;
import io.eventlens.catalog.model.Message;
import io.eventlens.web.config.EventLensProperties;
import io.eventlens.web.db.ModuleMigrations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogServiceTest {

    @TempDir
    Path dir;

    @Test
    void documents_of_the_configured_folders_are_in_the_catalog_at_start() throws IOException {
        Files.write(dir.resolve("orders.yaml"), fixture("orders-v1.yaml"));

        CatalogState state = service(List.of(dir)).state();

        assertThat(state.current().services()).extracting(s -> s.title()).containsExactly("Checkout service");
        assertThat(state.messageKeys()).containsExactly("CheckoutCompleted");
        assertThat(state.failed()).isEmpty();
    }

    @Test
    void a_document_of_shared_definitions_is_listed_apart_from_the_services_with_the_services_using_it()
            throws IOException {
        Files.write(dir.resolve("orders.yaml"), fixture("orders-v1.yaml"));
        Files.write(dir.resolve("checkout-common.yaml"), fixture("checkout-common.yaml"));
        Files.write(dir.resolve("refunds.yaml"), fixture("refunds.yaml"));

        CatalogState state = service(List.of(dir)).state();

        assertThat(state.failed()).isEmpty();
        assertThat(state.current().applications())
                .extracting(s -> s.title())
                .containsExactlyInAnyOrder("Checkout service", "Refunds service");
        assertThat(state.current().sharedDefinitions()).singleElement().satisfies(shared -> {
            assertThat(shared.info().title()).isEqualTo("Checkout shared definitions");
            assertThat(shared.info().document())
                    .isEqualTo(dir.resolve("checkout-common.yaml").toString());
            assertThat(shared.components())
                    .containsExactly(
                            Map.entry("schemas", List.of("Money")), Map.entry("messages", List.of("RefundIssued")));
            assertThat(shared.usedBy()).containsExactly("Refunds service");
        });
        assertThat(state.messageKeys()).containsExactly("CheckoutCompleted", "RefundIssued");
    }

    @Test
    void an_uploaded_document_of_shared_definitions_stays_apart_after_a_restart() throws IOException {
        service(List.of()).upload("checkout-common.yaml", fixture("checkout-common.yaml"));

        CatalogState restarted = service(List.of()).state();

        assertThat(restarted.current().applications()).isEmpty();
        assertThat(restarted.current().sharedDefinitions())
                .singleElement()
                .satisfies(shared -> assertThat(shared.components("messages")).containsExactly("RefundIssued"));
    }

    @Test
    void a_new_version_replaces_the_document_and_keeps_the_earlier_message_version() throws IOException {
        CatalogService service = service(List.of());

        service.upload("orders.yaml", fixture("orders-v1.yaml"));
        DocumentLoad second = service.upload("orders.yaml", fixture("orders-v2.yaml"));

        assertThat(second.loaded()).isTrue();
        CatalogState state = service.state();
        assertThat(state.current().services())
                .singleElement()
                .satisfies(s -> assertThat(s.version()).isEqualTo("1.1.0"));
        assertThat(state.versions("CheckoutCompleted"))
                .extracting(Message::schemaVersion)
                .containsExactly("1", "2");
        assertThat(state.latest("CheckoutCompleted").payloadFields()).contains("loyalty_tier");
    }

    @Test
    void a_document_that_does_not_load_changes_nothing_and_says_where() throws IOException {
        CatalogService service = service(List.of());
        service.upload("orders.yaml", fixture("orders-v1.yaml"));
        CatalogState before = service.state();

        DocumentLoad broken = service.upload("broken.yaml", fixture("broken.yaml"));

        assertThat(broken.loaded()).isFalse();
        assertThat(broken.problems()).isNotEmpty();
        assertThat(broken.problems().get(0).toString())
                .startsWith("broken.yaml:")
                .contains("missing-file.yaml");
        assertThat(service.state()).isSameAs(before);
    }

    @Test
    void listeners_hear_of_every_change() throws IOException {
        CatalogService service = service(List.of());
        List<CatalogState> heard = new ArrayList<>();
        service.onChange(heard::add);

        service.upload("orders.yaml", fixture("orders-v1.yaml"));

        assertThat(heard)
                .singleElement()
                .satisfies(s -> assertThat(s.messageKeys()).containsExactly("CheckoutCompleted"));
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = CatalogServiceTest.class.getResourceAsStream("/catalog/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void an_upload_survives_a_restart_through_its_snapshot() throws IOException {
        service(List.of()).upload("orders.yaml", fixture("orders-v1.yaml"));

        CatalogService restarted = service(List.of());

        assertThat(restarted.state().messageKeys()).containsExactly("CheckoutCompleted");
        assertThat(restarted.sources()).containsExactly("orders.yaml");
        assertThat(restarted.snapshotsOf("orders.yaml")).hasSize(1);
    }

    @Test
    void uploading_the_same_content_again_stores_no_new_snapshot() throws IOException {
        CatalogService service = service(List.of());
        service.upload("orders.yaml", fixture("orders-v1.yaml"));
        service.upload("orders.yaml", fixture("orders-v1.yaml"));
        service.upload("orders.yaml", fixture("orders-v2.yaml"));

        assertThat(service.snapshotsOf("orders.yaml")).hasSize(2);
    }

    private CatalogService service(List<Path> folders) {
        return service(dir, folders);
    }

    /** A catalog of {@code folders} whose snapshots are kept in an H2 database under {@code dir}. */
    static CatalogService service(Path dir, List<Path> folders) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        ModuleMigrations.migrate(dataSource);
        return new CatalogService(
                new EventLensProperties(
                        Path.of("data"),
                        new EventLensProperties.Kafka(
                                null, Map.of(), Duration.ofSeconds(1), new EventLensProperties.Embedded(0, 0)),
                        new EventLensProperties.Redis(""),
                        new EventLensProperties.Security(null, null),
                        new EventLensProperties.CatalogSources(folders, List.of())),
                new SnapshotStore(dataSource, Clock.systemUTC()));
    }
}
