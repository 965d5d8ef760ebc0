package io.eventlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.reference.kafka.KafkaBrokerExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad settings stop the packaged app with one line naming the setting, its value and what to do,
 * and never with a stack trace as the only message.
 */
@ExtendWith(KafkaBrokerExtension.class)
class StartupFailuresIT {

    @TempDir
    Path dir;

    @Test
    void a_web_port_in_use_names_server_port_and_what_to_do() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String output = failedStart("--server.port=" + taken.getLocalPort(), "--server.address=127.0.0.1");
            assertThat(output)
                    .contains("EventLens cannot start: server.port=" + taken.getLocalPort()
                            + ": the port is already in use by another process")
                    .contains("--server.port=<free port>");
        }
    }

    @Test
    void an_embedded_broker_port_in_use_names_the_setting() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThat(failedStart("--eventlens.kafka.embedded.port=" + port))
                    .contains("EventLens cannot start: eventlens.kafka.embedded.port=" + port + ": ")
                    .contains("already in use")
                    .contains("--eventlens.kafka.embedded.port=<port>");
        }
    }

    @Test
    void an_unwritable_data_folder_names_the_folder() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "not a folder");
        assertThat(failedStart("--eventlens.data-dir=" + notAFolder))
                .contains("EventLens cannot start: eventlens.data-dir=" + notAFolder + ": the folder cannot be written")
                .contains("--eventlens.data-dir=<folder>");
    }

    @Test
    void an_unreachable_kafka_names_the_bootstrap_servers() throws Exception {
        int closed = closedPort();
        assertThat(failedStart(
                        "--eventlens.kafka.bootstrap-servers=127.0.0.1:" + closed,
                        "--eventlens.kafka.startup-timeout=3s",
                        "--eventlens.security.viewer-password=v",
                        "--eventlens.security.operator-password=o"))
                .contains("EventLens cannot start: eventlens.kafka.bootstrap-servers=127.0.0.1:" + closed
                        + ": no broker answered within 3 s")
                .contains("leave bootstrap-servers unset to run the embedded demo");
    }

    @Test
    void a_real_kafka_without_passwords_is_refused() throws Exception {
        assertThat(failedStart("--eventlens.kafka.bootstrap-servers=" + KafkaBrokerExtension.bootstrapServers()))
                .containsPattern(
                        "EventLens cannot start: eventlens\\.security\\.(viewer|operator)-password=\\(not set\\)")
                .contains("Set eventlens.security.viewer-password and eventlens.security.operator-password");
    }

    @Test
    void an_unreachable_postgresql_names_the_datasource_url() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/test";
        assertThat(failedStart("--spring.datasource.url=" + url, "--spring.datasource.username=postgres"))
                .contains("EventLens cannot start: spring.datasource.url=" + url + ": the database cannot be reached")
                .contains("Start the database or correct spring.datasource.url");
    }

    @Test
    void an_unknown_setting_is_named() throws Exception {
        assertThat(failedStart("--eventlens.kafak.bootstrap-servers=127.0.0.1:9092"))
                .contains("EventLens cannot start: unknown setting eventlens.kafak.bootstrap-servers=127.0.0.1:9092")
                .contains("Remove it or fix its name");
    }

    @Test
    void a_value_of_the_wrong_type_is_named() throws Exception {
        assertThat(failedStart("--eventlens.kafka.embedded.port=ninety"))
                .contains("EventLens cannot start: eventlens.kafka.embedded.port=ninety")
                .contains("Correct the value");
    }

    @Test
    void a_redis_url_that_is_not_redis_is_named() throws Exception {
        assertThat(failedStart("--eventlens.redis.url=http://127.0.0.1:6379"))
                .contains("EventLens cannot start: eventlens.redis.url=http://127.0.0.1:6379")
                .contains("redis://127.0.0.1:6379");
    }

    private String failedStart(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        if (PackagedApp.argument(args, "--eventlens.data-dir=") == null) {
            all.add("--eventlens.data-dir=" + dir.resolve("data"));
        }
        if (PackagedApp.argument(args, "--eventlens.kafka.embedded.port=") == null) {
            all.add("--eventlens.kafka.embedded.port=0");
        }
        try (PackagedApp app = PackagedApp.start(dir, all.toArray(String[]::new))) {
            int exit = app.awaitExit();
            String output = app.output();
            assertThat(exit).as("exit code; output:%n%s", output).isNotZero();
            assertThat(output).as("no stack trace is shown").doesNotContainPattern("(?m)^\\s+at [a-z]+\\.");
            return output;
        }
    }

    private static int closedPort() throws IOException {
        return PackagedApp.freePort();
    }
}
