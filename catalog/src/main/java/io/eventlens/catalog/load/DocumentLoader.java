package io.eventlens.catalog.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Loads AsyncAPI documents: reads YAML or JSON, checks the version, bundles every {@code $ref},
 * binds to asyncapi-core. Never throws for bad input: every problem comes back with its place.
 */
public final class DocumentLoader {

    private final LoadOptions options;

    public DocumentLoader(LoadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Loads one file; relative references may not leave {@code options.root()} (default: its folder). */
    public DocumentLoad loadFile(Path file) {
        Path root =
                options.root() != null ? options.root() : file.toAbsolutePath().getParent();
        String name = file.toString();
        SourceFile source;
        try {
            source = TextFiles.read(name, file, options.limits());
        } catch (DocumentException e) {
            return failed(name, e.toProblem());
        }
        return load(source, root);
    }

    /** Loads an upload; it may reference files only when {@code options.root()} is set. */
    public DocumentLoad loadBytes(String name, byte[] content) {
        try {
            return load(TextFiles.upload(name, content, options.limits()), options.root());
        } catch (DocumentException e) {
            return failed(name, e.toProblem());
        }
    }

    private DocumentLoad load(SourceFile source, Path root) {
        TreeReader reader = new TreeReader(options.limits());
        FileStore store = new FileStore(reader, options.limits(), source.path());
        List<LoadProblem> problems = new ArrayList<>();
        try {
            JsonNode tree = reader.read(source);
            VersionCheck.Result version = VersionCheck.check(source, tree);
            if (version.warning() != null) {
                problems.add(new LoadProblem(
                        source.name(), 1, 1, "/asyncapi", version.warning(), LoadProblem.Severity.WARNING));
            }
            String key = source.path() == null
                    ? "upload:" + source.name()
                    : source.path().toAbsolutePath().normalize().toString();
            ParsedFile parsed = new ParsedFile(key, source, tree);
            store.put(parsed);
            JsonNode bundled = new Bundler(store, new RefResolver(options, root), parsed, options.limits()).bundle();
            Object model = new ModelBinder().bind(source, bundled, version.model());
            List<String> files = store.all().values().stream()
                    .map(f -> f.source().name())
                    .sorted()
                    .toList();
            return new DocumentLoad(
                    source.name(),
                    new LoadedDocument(source, version.version(), version.model(), bundled, model, files),
                    problems);
        } catch (DocumentException e) {
            problems.add(e.toProblem());
            return new DocumentLoad(source.name(), null, problems);
        } catch (StackOverflowError e) {
            problems.add(new LoadProblem(
                    source.name(),
                    0,
                    0,
                    "",
                    "document nests too deeply to process; allowed depth: "
                            + options.limits().maxDepth(),
                    LoadProblem.Severity.ERROR));
            return new DocumentLoad(source.name(), null, problems);
        }
    }

    private static DocumentLoad failed(String name, LoadProblem problem) {
        return new DocumentLoad(name, null, List.of(problem));
    }
}
