package io.eventlens.catalog.load;

import static io.eventlens.catalog.load.Loads.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real HTTP server on loopback serves the referenced schema. */
class RemoteReferenceTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/schemas/user.json", exchange -> {
            byte[] body = "{\"User\": {\"type\": \"object\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/schemas/";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aRemoteReferenceOnTheAllowListIsFetchedAndInlined() throws IOException {
        Path file = write(
                dir,
                "doc.yaml",
                "asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\ncomponents:\n  schemas:\n    A:\n      $ref: '" + base
                        + "user.json#/User'\n");
        DocumentLoad load =
                new DocumentLoader(LoadOptions.defaults().withRemoteAllowList(List.of(base))).loadFile(file);
        assertThat(load.problems()).isEmpty();
        assertThat(load.document().tree().at("/components/schemas/A/type").asText())
                .isEqualTo("object");
    }

    @Test
    void aRemoteReferenceOffTheAllowListIsRefusedEvenWhenOthersAreAllowed() throws IOException {
        Path file = write(
                dir,
                "doc.yaml",
                "asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\ncomponents:\n  schemas:\n    A:\n      $ref: '" + base
                        + "user.json#/User'\n");
        DocumentLoad load = new DocumentLoader(
                        LoadOptions.defaults().withRemoteAllowList(List.of("https://schemas.example.com/")))
                .loadFile(file);
        assertThat(Loads.onlyError(load).message()).startsWith("remote $ref '" + base + "user.json#/User' refused");
    }
}
