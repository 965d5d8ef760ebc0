package io.eventlens.web.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.CatalogLoad;
import io.eventlens.catalog.CatalogLoader;
import io.eventlens.catalog.history.Snapshot;
import io.eventlens.catalog.history.SnapshotStore;
import io.eventlens.catalog.history.SnapshotStoreException;
import io.eventlens.catalog.load.DocumentLoad;
import io.eventlens.catalog.load.LoadOptions;
import io.eventlens.catalog.load.LoadedDocument;
import io.eventlens.catalog.model.Catalog;
import io.eventlens.catalog.model.Message;
import io.eventlens.web.config.EventLensProperties;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The application's event catalog: the documents of the configured folders plus the uploaded ones.
 * Every load of a changed document stores a snapshot, so uploads survive a restart and a message's
 * earlier schemas stay visible after a new version arrives: the current catalog holds the latest
 * version of each document, the history every stored version.
 */
@Service
public class CatalogService {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogService.class);

    private final CatalogLoader loader;
    private final List<Path> folders;
    private final Clock clock = Clock.systemUTC();
    private final List<Consumer<CatalogState>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, DocumentLoad> uploads = new LinkedHashMap<>();
    private final SnapshotStore snapshots;
    private CatalogLoad fromFolders = new CatalogLoad(Catalog.of(List.of()), List.of());
    private volatile CatalogState state;
    private String storeProblem;

    @Autowired
    public CatalogService(
            EventLensProperties properties, SnapshotStore snapshots, ObjectProvider<ExtraCatalogFolders> extraFolders) {
        List<Path> all = new ArrayList<>(properties.catalog().folders());
        extraFolders.orderedStream().forEach(extra -> all.addAll(extra.folders()));
        this.folders = List.copyOf(all);
        this.snapshots = snapshots;
        this.loader = new CatalogLoader(new LoadOptions(
                null, properties.limits().parseLimits(), properties.catalog().remoteRefs()));
        reload();
    }

    /** Only the configured folders. */
    public CatalogService(EventLensProperties properties, SnapshotStore snapshots) {
        this(properties, snapshots, new StaticListableBeanFactory().getBeanProvider(ExtraCatalogFolders.class));
    }

    /** The catalog as it is now. */
    public CatalogState state() {
        return state;
    }

    /** Loads the configured folders again (uploads stay). Operators only: it changes what everyone sees. */
    @PreAuthorize("hasRole('OPERATOR')")
    public synchronized CatalogState reload() {
        fromFolders = folders.isEmpty() ? new CatalogLoad(Catalog.of(List.of()), List.of()) : loader.load(folders);
        store(fromFolders.documents().stream()
                .filter(DocumentLoad::loaded)
                .map(DocumentLoad::document)
                .toList());
        fromFolders.failed().forEach(f -> LOG.warn("AsyncAPI document {} did not load: {}", f.file(), f.problems()));
        return publish();
    }

    /**
     * Loads an uploaded document. When it loads, it joins the catalog (replacing an earlier upload of
     * the same name); when it does not, nothing changes and the result lists its problems.
     */
    @PreAuthorize("hasRole('OPERATOR')")
    public synchronized DocumentLoad upload(String name, byte[] content) {
        DocumentLoad load = loader.loadUpload(name, content).documents().get(0);
        if (load.loaded()) {
            store(List.of(load.document()));
            uploads.put(name, load);
            publish();
        }
        return load;
    }

    /**
     * A document's file as the API shows it: relative to the configured folder it is in, named by that
     * folder's last element ({@code specs/orders.yaml}), so no absolute server path leaves the server.
     */
    public String shown(String file) {
        if (file == null) {
            return null;
        }
        Path path;
        try {
            path = Path.of(file).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return file;
        }
        for (Path folder : folders) {
            Path root = folder.toAbsolutePath().normalize();
            if (path.startsWith(root)) {
                Path base = Files.isDirectory(root) ? root : root.getParent();
                String name = base.getFileName() == null ? "" : base.getFileName() + "/";
                return name + base.relativize(path).toString().replace('\\', '/');
            }
        }
        return path.isAbsolute() && !Path.of(file).isAbsolute()
                ? file
                : path.getFileName().toString();
    }

    /**
     * {@code text} (a problem's message, say) with each configured folder's absolute path shown as in {@link #shown}.
     */
    public String shownIn(String text) {
        String shown = text;
        for (Path folder : folders) {
            Path root = folder.toAbsolutePath().normalize();
            Path base = Files.isDirectory(root) ? root : root.getParent();
            if (base != null && base.getFileName() != null) {
                shown = shown.replace(base + File.separator, base.getFileName() + "/");
            }
        }
        return shown;
    }

    /** Loads a candidate document the way an upload would, without storing or adding it. */
    public DocumentLoad loadCandidate(String name, byte[] content) {
        return loader.loadUpload(name, content).documents().get(0);
    }

    /** Called with the new state after every reload or successful upload (on the caller's thread). */
    public Runnable onChange(Consumer<CatalogState> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Snapshots are the history: failing to store one is logged and shown, never a lost load. */
    private void store(List<LoadedDocument> documents) {
        try {
            snapshots.record(documents);
            storeProblem = null;
        } catch (SnapshotStoreException e) {
            LOG.error("Catalog snapshots were not stored", e);
            storeProblem = e.getMessage();
        }
    }

    private CatalogState publish() {
        List<DocumentLoad> documents = new ArrayList<>(fromFolders.documents());
        documents.addAll(uploads.values());
        List<LoadedDocument> loaded = documents.stream()
                .filter(DocumentLoad::loaded)
                .map(DocumentLoad::document)
                .toList();
        Map<Message, JsonNode> trees = new IdentityHashMap<>();
        Map<String, JsonNode> treeByName = new HashMap<>();
        loaded.forEach(d -> treeByName.put(d.name(), d.tree()));
        List<Catalog> current = new ArrayList<>();
        current.add(Catalog.of(loaded));
        current.get(0).messages().forEach(m -> trees.put(m, treeByName.get(m.document())));
        List<Catalog> history = new ArrayList<>();
        Set<String> live = loaded.stream().map(LoadedDocument::name).collect(Collectors.toSet());
        for (String source : safeSources()) {
            List<Snapshot> versions = snapshots.history(source);
            Catalog latest = null;
            for (Snapshot snapshot : versions) {
                JsonNode tree = snapshot.tree();
                latest = Catalog.ofTree(snapshot.source(), snapshot.asyncapiVersion(), tree);
                latest.messages().forEach(m -> trees.put(m, tree));
                history.add(latest);
            }
            if (!live.contains(source) && latest != null && !fromFolder(source)) {
                // an upload of an earlier run: its latest version stays in the catalog
                current.add(latest);
                treeByName.put(source, versions.get(versions.size() - 1).tree());
            }
        }
        Catalog merged = Catalogs.merge(current);
        state = new CatalogState(
                merged,
                Catalogs.merge(history),
                documents,
                clock.instant(),
                storeProblem,
                trees,
                ServiceIds.of(merged.services(), treeByName::get),
                treeByName);
        listeners.forEach(listener -> listener.accept(state));
        return state;
    }

    private List<String> safeSources() {
        try {
            return snapshots.sources();
        } catch (SnapshotStoreException e) {
            LOG.error("Catalog snapshots cannot be read", e);
            storeProblem = e.getMessage();
            return List.of();
        }
    }

    /** Whether a stored document came from a configured folder (else it was uploaded). */
    boolean fromFolder(String source) {
        return folders.stream().anyMatch(folder -> source.startsWith(folder.toString()));
    }

    /**
     * The stored document a name stands for: a source as stored, or as {@link #shown} (how pages and links name it);
     * the name itself when none matches.
     */
    public String sourceNamed(String name) {
        List<String> sources = safeSources();
        if (sources.contains(name)) {
            return name;
        }
        return sources.stream().filter(s -> name.equals(shown(s))).findFirst().orElse(name);
    }

    /** Every stored version of a document, oldest first. */
    public List<Snapshot> snapshotsOf(String source) {
        return snapshots.history(source);
    }

    /** Every document with stored versions. */
    public List<String> sources() {
        return safeSources();
    }

    /** For tests and the dashboard: when the catalog last changed. */
    public Instant loadedAt() {
        return state.loadedAt();
    }
}
