package io.eventlens.catalog.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventlens.catalog.CatalogLoad;
import io.eventlens.catalog.CatalogLoader;
import io.eventlens.catalog.load.LoadedDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same behaviour on every database: one subclass per database hands in a migrated DataSource. */
abstract class SnapshotStoreContract {

    private static final String V1 = "asyncapi: 3.0.0\ninfo: {title: Orders, version: '1.0.0'}\nchannels:\n"
            + "  placed:\n    address: orders.placed\n    messages:\n      OrderPlaced:\n      "
            + "  payload: {type: object}\n"
            + "operations:\n  sendPlaced:\n    action: send\n    channel: {$ref: '#/channels/placed'}\n";

    @TempDir
    Path dir;

    abstract DataSource dataSource();

    private SnapshotStore store() {
        return new SnapshotStore(dataSource(), Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC));
    }

    private CatalogLoad load(String text) throws IOException {
        Path file = dir.resolve("orders.yaml");
        Files.writeString(file, text);
        return new CatalogLoader().load(file);
    }

    @Test
    void aChangedDocumentStoresASnapshotAndAnUnchangedReloadStoresNone() throws IOException {
        SnapshotStore store = store();
        assertThat(store.record(load(V1))).hasSize(1);
        assertThat(store.record(load(V1))).isEmpty();
        assertThat(store.record(load(V1.replace("'1.0.0'", "'1.1.0'")))).hasSize(1);
        assertThat(store.record(load(V1)))
                .as("going back to earlier content is a change too")
                .hasSize(1);
        String source = dir.resolve("orders.yaml").toString();
        assertThat(store.history(source))
                .extracting(Snapshot::asyncapiVersion)
                .containsExactly("3.0.0", "3.0.0", "3.0.0");
        assertThat(store.latest(source).orElseThrow().loadedAt()).isEqualTo(Instant.parse("2026-11-27T08:00:00Z"));
        assertThat(store.sources()).containsExactly(source);
    }

    @Test
    void twoSnapshotsCompareAtTheLevelOfServicesChannelsOperationsAndMessages() throws IOException {
        SnapshotStore store = store();
        Snapshot before = store.record(load(V1)).get(0);
        String changed = V1.replace("payload: {type: object}", "payload: {type: object, required: [id]}")
                + "  receiveCancelled:\n    action: receive\n    channel: {$ref: '#/channels/cancelled'}\n"
                + "components: {}\n";
        changed = changed.replace("channels:\n", "channels:\n  cancelled:\n    address: orders.cancelled\n");
        Snapshot after = store.record(load(changed)).get(0);
        assertThat(SnapshotComparison.compare(before, after))
                .containsExactly(
                        new CatalogChange(CatalogChange.Element.CHANNEL, "cancelled", CatalogChange.Change.ADDED),
                        new CatalogChange(
                                CatalogChange.Element.OPERATION, "receiveCancelled", CatalogChange.Change.ADDED),
                        new CatalogChange(CatalogChange.Element.MESSAGE, "OrderPlaced", CatalogChange.Change.CHANGED));
        assertThat(SnapshotComparison.compare(after, before))
                .contains(new CatalogChange(CatalogChange.Element.CHANNEL, "cancelled", CatalogChange.Change.REMOVED));
    }

    @Test
    void anEditedSharedDefinitionsDocumentIsNotReportedAsAService() throws IOException {
        SnapshotStore store = store();
        String shared = "asyncapi: 3.0.0\ninfo: {title: Common, version: '1.0.0'}\ncomponents:\n  schemas:\n"
                + "    Money: {type: object}\n";
        Snapshot before = store.record(load(shared)).get(0);
        Snapshot after =
                store.record(load(shared.replace("'1.0.0'", "'1.1.0'"))).get(0);

        assertThat(SnapshotComparison.compare(before, after))
                .containsExactly(new CatalogChange(
                        CatalogChange.Element.SHARED_DEFINITIONS, "Common", CatalogChange.Change.CHANGED));
    }

    @Test
    void aDocumentThatFailsToLoadStoresNothing() throws IOException {
        CatalogLoad failed = load("asyncapi: 3.0.0\ninfo: [unclosed\n");
        assertThat(failed.failed()).hasSize(1);
        assertThat(store().record(failed)).isEmpty();
        assertThat(store().sources()).isEmpty();
    }

    @Test
    void whenOneSnapshotOfABatchCannotBeStoredNoneIsStored() throws IOException {
        LoadedDocument good = load(V1).documents().get(0).document();
        String nameTooLongForTheSourceColumn = "u".repeat(1100) + ".yaml";
        LoadedDocument bad = new CatalogLoader()
                .loadUpload(nameTooLongForTheSourceColumn, V1.getBytes())
                .documents()
                .get(0)
                .document();
        assertThatThrownBy(() -> store().record(List.of(good, bad)))
                .isInstanceOf(SnapshotStoreException.class)
                .hasMessageStartingWith("cannot store catalog snapshots (nothing was stored): ");
        assertThat(store().sources()).isEmpty();
    }
}
