package io.eventlens.web.catalog;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.eventlens.catalog.CatalogLoad;
import io.eventlens.catalog.CatalogLoader;
import io.eventlens.catalog.load.DocumentLoad;
import io.eventlens.catalog.load.LoadOptions;
import io.eventlens.catalog.load.LoadedDocument;
import io.eventlens.catalog.model.Catalog;
import io.eventlens.web.config.EventLensProperties;

/**
 * The application's event catalog: the documents of the configured folders plus the uploaded ones.
 * The current catalog holds the latest version of each document; the history holds every version
 * ever loaded, so a message's earlier schemas stay visible after a new version arrives.
 */
@Service
public class CatalogService {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogService.class);

    private final CatalogLoader loader;
    private final List<Path> folders;
    private final Clock clock = Clock.systemUTC();
    private final List<Consumer<CatalogState>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, DocumentLoad> uploads = new LinkedHashMap<>();
    private final Map<String, LoadedDocument> history = new LinkedHashMap<>();
    private CatalogLoad fromFolders = new CatalogLoad(Catalog.of(List.of()), List.of());
    private volatile CatalogState state;

    public CatalogService(EventLensProperties properties) {
        this.folders = properties.catalog().folders();
        this.loader = new CatalogLoader(LoadOptions.defaults().withRemoteAllowList(properties.catalog().remoteRefs()));
        reload();
    }

    /** The catalog as it is now. */
    public CatalogState state() {
        return state;
    }

    /** Loads the configured folders again (uploads stay). */
    public synchronized CatalogState reload() {
        fromFolders = folders.isEmpty() ? new CatalogLoad(Catalog.of(List.of()), List.of()) : loader.load(folders);
        fromFolders.documents().stream().filter(DocumentLoad::loaded).forEach(this::remember);
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
            uploads.put(name, load);
            remember(load);
            publish();
        }
        return load;
    }

    /** Called with the new state after every reload or successful upload (on the caller's thread). */
    public Runnable onChange(Consumer<CatalogState> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void remember(DocumentLoad load) {
        history.putIfAbsent(load.document().name() + "#" + load.document().text().hashCode(), load.document());
    }

    private CatalogState publish() {
        List<DocumentLoad> documents = new ArrayList<>(fromFolders.documents());
        documents.addAll(uploads.values());
        List<LoadedDocument> current = documents.stream().filter(DocumentLoad::loaded).map(DocumentLoad::document).toList();
        state = new CatalogState(Catalog.of(current), Catalog.of(List.copyOf(history.values())), documents, clock.instant());
        listeners.forEach(listener -> listener.accept(state));
        return state;
    }

    /** For tests and the dashboard: when the catalog last changed. */
    public Instant loadedAt() {
        return state.loadedAt();
    }
}
