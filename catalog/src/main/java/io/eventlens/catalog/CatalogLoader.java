package io.eventlens.catalog;

import io.eventlens.catalog.load.DocumentLoad;
import io.eventlens.catalog.load.DocumentLoader;
import io.eventlens.catalog.load.LoadOptions;
import io.eventlens.catalog.load.LoadProblem;
import io.eventlens.catalog.load.LoadedDocument;
import io.eventlens.catalog.model.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Entry point of the catalog: loads AsyncAPI files, folders or uploads into a {@link Catalog}.
 * In a folder, every {@code .yaml}/{@code .yml}/{@code .json} file with a top-level
 * {@code asyncapi} field is a document; the other files are fragments that documents may
 * {@code $ref}, and relative references may not leave the folder.
 */
public final class CatalogLoader {

    private static final Pattern YAML_DOCUMENT = Pattern.compile("(?m)^[\"']?asyncapi[\"']?\\s*:");
    private static final Pattern JSON_DOCUMENT = Pattern.compile("\"asyncapi\"\\s*:");

    private final LoadOptions options;

    public CatalogLoader(LoadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public CatalogLoader() {
        this(LoadOptions.defaults());
    }

    /** Loads one file or every document in a folder (recursively). */
    public CatalogLoad load(Path fileOrFolder) {
        return load(List.of(fileOrFolder));
    }

    /** Loads several files or folders into one catalog. */
    public CatalogLoad load(List<Path> filesOrFolders) {
        List<DocumentLoad> loads = new ArrayList<>();
        for (Path path : filesOrFolders) {
            if (Files.isDirectory(path)) {
                DocumentLoader loader = new DocumentLoader(options.root() != null ? options : options.withRoot(path));
                documentsIn(path, loads).forEach(file -> loads.add(loader.loadFile(file)));
            } else {
                loads.add(new DocumentLoader(options).loadFile(path));
            }
        }
        return of(loads);
    }

    /** Loads an uploaded document (it may reference only its own content, or files under {@code options.root()}). */
    public CatalogLoad loadUpload(String name, byte[] content) {
        return of(List.of(new DocumentLoader(options).loadBytes(name, content)));
    }

    private static CatalogLoad of(List<DocumentLoad> loads) {
        List<LoadedDocument> loaded = loads.stream()
                .filter(DocumentLoad::loaded)
                .map(DocumentLoad::document)
                .toList();
        return new CatalogLoad(Catalog.of(loaded), loads);
    }

    private List<Path> documentsIn(Path folder, List<DocumentLoad> loads) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(CatalogLoader::hasDocumentExtension)
                    .sorted()
                    .filter(this::looksLikeDocument)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            loads.add(new DocumentLoad(
                    folder.toString(),
                    null,
                    List.of(new LoadProblem(
                            folder.toString(),
                            0,
                            0,
                            "",
                            "cannot list folder: " + e.getMessage(),
                            LoadProblem.Severity.ERROR))));
            return List.of();
        }
    }

    private static boolean hasDocumentExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private boolean looksLikeDocument(Path file) {
        try {
            if (Files.size(file) > options.limits().maxBytes()) {
                return true; // the loader refuses it, naming the limit
            }
            String text = Files.readString(file);
            boolean json =
                    file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
            return (json ? JSON_DOCUMENT : YAML_DOCUMENT).matcher(text).find();
        } catch (IOException | UncheckedIOException e) {
            return true; // the loader reports why it cannot be read
        }
    }
}
