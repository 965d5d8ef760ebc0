package io.eventlens.catalog.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Run by hand (see docs/benchmarks.md): load + bundle + bind every document of the shared
 * AsyncAPI corpus, warm in one JVM, and the time to load a generated 50 MB document.
 * Arguments: [shared dir] [warm rounds].
 */
public final class CatalogLoadBenchmark {

    private CatalogLoadBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared", "corpus", "asyncapi");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<String[]> documents = Files.readAllLines(corpus.resolve("manifest.tsv"), StandardCharsets.UTF_8).stream()
                .skip(1)
                .map(l -> l.split("\t", -1))
                .filter(c -> c[1].equals("document"))
                .toList();
        for (int warmup = 0; warmup < 3; warmup++) {
            loadAll(corpus, documents);
        }
        long start = System.nanoTime();
        int loaded = 0;
        for (int round = 0; round < rounds; round++) {
            loaded = loadAll(corpus, documents);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "corpus: %d documents (%d loaded) x %d rounds in %.2f s = %.0f documents/s warm%n",
                documents.size(), loaded, rounds, seconds, documents.size() * rounds / seconds);
        large(Files.createTempDirectory("eventlens-bench"));
    }

    private static int loadAll(Path corpus, List<String[]> documents) {
        int loaded = 0;
        for (String[] row : documents) {
            Path root = corpus.resolve(row[0].substring(0, row[0].indexOf('/')));
            if (new DocumentLoader(LoadOptions.defaults().withRoot(root))
                    .loadFile(corpus.resolve(row[0]))
                    .loaded()) {
                loaded++;
            }
        }
        return loaded;
    }

    private static void large(Path dir) throws IOException {
        for (boolean yaml : new boolean[] {false, true}) {
            Path file = LargeDocumentIT.writeLargeDocument(dir.resolve(yaml ? "large.yaml" : "large.json"), yaml);
            double megabytes = Files.size(file) / 1e6;
            long start = System.nanoTime();
            boolean loaded =
                    new DocumentLoader(LoadOptions.defaults()).loadFile(file).loaded();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "large %s: %.1f MB loaded=%s in %.2f s = %.3f s per MB%n",
                    yaml ? "YAML" : "JSON", megabytes, loaded, seconds, seconds / megabytes);
            Files.delete(file);
        }
        Files.delete(dir);
    }
}
