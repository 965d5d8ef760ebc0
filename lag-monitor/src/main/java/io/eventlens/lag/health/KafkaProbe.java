package io.eventlens.lag.health;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;

/** Asks a Kafka cluster to describe itself, within a deadline. */
public final class KafkaProbe {

    private final Map<String, Object> clientProperties;
    private final Duration timeout;

    /**
     * @param clientProperties ordinary Kafka client properties; {@code bootstrap.servers} is required
     * @param timeout how long to wait for an answer
     */
    public KafkaProbe(Map<String, Object> clientProperties, Duration timeout) {
        if (!clientProperties.containsKey(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)) {
            throw new IllegalArgumentException("bootstrap.servers is missing from the Kafka client properties");
        }
        this.clientProperties = Map.copyOf(clientProperties);
        this.timeout = timeout;
    }

    public ConnectionStatus probe() {
        String target = String.valueOf(clientProperties.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
        int millis = (int) timeout.toMillis();
        Map<String, Object> config = new HashMap<>(clientProperties);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        config.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "eventlens-probe");
        try (Admin admin = Admin.create(config)) {
            Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(millis))
                    .nodes()
                    .get(millis + 1_000L, TimeUnit.MILLISECONDS);
            return ConnectionStatus.up(target, nodes.size() + (nodes.size() == 1 ? " broker" : " brokers"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ConnectionStatus.down(target, "interrupted while asking the cluster");
        } catch (ExecutionException e) {
            return ConnectionStatus.down(target, reason(e.getCause()));
        } catch (TimeoutException e) {
            return ConnectionStatus.down(target, "no answer within " + timeout.toMillis() + " ms");
        } catch (RuntimeException e) {
            return ConnectionStatus.down(target, reason(e));
        }
    }

    private static String reason(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
