package io.eventlens.lag.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventlens.reference.kafka.KafkaBrokerExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaBrokerExtension.class)
class ProbesIT {

    @Test
    void the_embedded_broker_answers_the_kafka_probe() {
        ConnectionStatus status = new KafkaProbe(
                        Map.of("bootstrap.servers", KafkaBrokerExtension.bootstrapServers()), Duration.ofSeconds(10))
                .probe();

        assertThat(status.connected()).isTrue();
        assertThat(status.summary()).isEqualTo("connected (1 broker)");
    }

    @Test
    void a_port_where_no_broker_listens_is_reported_not_connected() throws IOException {
        int closed = closedPort();
        ConnectionStatus status =
                new KafkaProbe(Map.of("bootstrap.servers", "127.0.0.1:" + closed), Duration.ofSeconds(2)).probe();

        assertThat(status.connected()).isFalse();
        assertThat(status.target()).isEqualTo("127.0.0.1:" + closed);
        assertThat(status.summary()).startsWith("not connected: ");
    }

    @Test
    void the_machines_redis_answers_the_redis_probe() {
        ConnectionStatus status = new RedisProbe("redis://127.0.0.1:6379", Duration.ofSeconds(2)).probe();

        assertThat(status.connected()).as(status.summary()).isTrue();
        assertThat(status.detail()).startsWith("Redis ");
    }

    @Test
    void an_unreachable_redis_is_reported_with_the_reason() throws IOException {
        int closed = closedPort();
        ConnectionStatus status = new RedisProbe("redis://127.0.0.1:" + closed, Duration.ofSeconds(2)).probe();

        assertThat(status.connected()).isFalse();
        assertThat(status.detail()).containsIgnoringCase("refused");
    }

    @Test
    void a_password_never_shows_in_the_target() {
        ConnectionStatus status = new RedisProbe("redis://user:secret@127.0.0.1:1/0", Duration.ofMillis(500)).probe();

        assertThat(status.target()).isEqualTo("redis://127.0.0.1:1/0").doesNotContain("secret");
    }

    @Test
    void a_url_that_is_not_redis_is_refused_with_the_allowed_form() {
        assertThatThrownBy(() -> new RedisProbe("http://127.0.0.1:6379", Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'http://127.0.0.1:6379'")
                .hasMessageContaining("redis://host:port");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
