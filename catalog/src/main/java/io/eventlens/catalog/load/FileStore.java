package io.eventlens.catalog.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Reads each file (or allowed URL) a load touches once, and keeps it for the rest of the load. */
final class FileStore {

    private final TreeReader reader;
    private final ParseLimits limits;
    private final Path document;
    private final Map<String, ParsedFile> files = new HashMap<>();

    /** {@code document} is the loaded file as the user named it (null for an upload). */
    FileStore(TreeReader reader, ParseLimits limits, Path document) {
        this.reader = reader;
        this.limits = limits;
        this.document = document;
    }

    void put(ParsedFile file) {
        files.put(file.key(), file);
    }

    ParsedFile get(String key, SourceFile from, String where) throws DocumentException {
        ParsedFile cached = files.get(key);
        if (cached != null) {
            return cached;
        }
        SourceFile source = key.startsWith("http://") || key.startsWith("https://")
                ? fetch(key, from, where)
                : readFile(Path.of(key), from, where);
        ParsedFile parsed = new ParsedFile(key, source, reader.read(source));
        files.put(key, parsed);
        return parsed;
    }

    /** Every file read so far, the loaded one included. */
    Map<String, ParsedFile> all() {
        return Map.copyOf(files);
    }

    private SourceFile readFile(Path path, SourceFile from, String where) throws DocumentException {
        if (!Files.isRegularFile(path)) {
            throw DocumentException.at(
                    from, where, "$ref names file '" + displayName(path) + "', which does not exist");
        }
        return TextFiles.read(displayName(path), path, limits);
    }

    private SourceFile fetch(String url, SourceFile from, String where) throws DocumentException {
        try {
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10))
                    .build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw DocumentException.at(
                        from, where, "remote $ref '" + url + "' answered HTTP " + response.statusCode());
            }
            return new SourceFile(url, null, response.body());
        } catch (IOException | IllegalArgumentException e) {
            throw DocumentException.at(from, where, "remote $ref '" + url + "' cannot be fetched: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DocumentException.at(from, where, "interrupted while fetching remote $ref '" + url + "'");
        }
    }

    /** Files are named as the loaded document is (relative or absolute), so messages read like the user's paths. */
    String displayName(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (document == null) {
            return absolute.toString();
        }
        Path given = document.getParent() == null ? Path.of("") : document.getParent();
        Path base = document.toAbsolutePath().normalize().getParent();
        return given.resolve(base.relativize(absolute)).normalize().toString();
    }
}
