package io.eventlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/** {@code web-ui/target/eventlens-web.jar} run as a user runs it: its own JVM, its own output. */
final class PackagedApp implements AutoCloseable {

    static final Path JAR = Path.of("target", "eventlens-web.jar");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final Path output;
    final int port;

    private PackagedApp(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    /**
     * Starts the jar with the given arguments, and {@code --server.port} on a free port unless they
     * name one (Spring joins a setting given twice with a comma, so defaults are never repeated).
     */
    static PackagedApp start(Path workDir, String... args) throws IOException {
        assertThat(JAR).as("run `mvn package` first: the packaged jar").exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        int port;
        String given = argument(args, "--server.port=");
        if (given == null) {
            port = freePort();
            command.add("--server.port=" + port);
        } else {
            port = Integer.parseInt(given);
        }
        Path output = Files.createTempFile(workDir, "app-", ".log");
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        return new PackagedApp(process, output, port);
    }

    /** The value of the argument that starts with {@code prefix}, or null. */
    static String argument(String[] args, String prefix) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        return null;
    }

    void awaitHealthy() {
        Awaitility.await("the app answers /actuator/health (output: " + output + ")")
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    assertThat(process.isAlive())
                            .as("the app is running; its output:%n%s", output())
                            .isTrue();
                    try {
                        return get("/actuator/health", null).statusCode() == 200;
                    } catch (IOException e) {
                        return false;
                    }
                });
    }

    /** Waits for the process to give up on its own, and returns its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the app did not stop within 120 s; its output:\n" + output());
        }
        return process.exitValue();
    }

    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e + ")";
        }
    }

    HttpResponse<String> get(String path, String userAndPassword) throws IOException, InterruptedException {
        return send("GET", path, userAndPassword);
    }

    HttpResponse<String> send(String method, String path, String userAndPassword)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (userAndPassword != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A free port below Linux's ephemeral range (32768-60999). A port from {@code new ServerSocket(0)} is
     * ephemeral: once released, the embedded broker's own port-0 listeners may be given the same one before the
     * app's Tomcat binds it, and HTTP then lands on the Kafka controller.
     */
    static int freePort() throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(20_000, 32_000);
            try (ServerSocket socket = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port between 20000 and 32000 on 127.0.0.1 after 100 tries");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
