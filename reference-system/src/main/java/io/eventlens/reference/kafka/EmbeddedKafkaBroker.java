package io.eventlens.reference.kafka;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.internals.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running inside this JVM,
 * listening on 127.0.0.1 only, with its logs in a folder it owns.
 *
 * <p>Formats the folder on first use and reuses it afterwards, so the demo keeps its topics across
 * restarts. {@link #start()} returns once the broker answers an admin client.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final Map<String, String> extraSettings = new HashMap<>();
    private KafkaRaftServer server;

    /**
     * @param dataDir folder for the broker's logs and metadata; created when missing
     * @param port client port on 127.0.0.1, or 0 for a free one
     * @param controllerPort controller port on 127.0.0.1, or 0 for a free one
     */
    public EmbeddedKafkaBroker(Path dataDir, int port, int controllerPort) {
        this.dataDir = requireNonNull(dataDir, "dataDir");
        this.port = port == 0 ? FreePorts.pick() : FreePorts.check("port", port);
        this.controllerPort = controllerPort == 0
                ? FreePorts.pickOtherThan(this.port)
                : FreePorts.check("controller port", controllerPort);
    }

    /**
     * Broker settings added to (or replacing) the defaults at the next {@link #start()}, e.g. an
     * authorizer for tests of denied access.
     */
    public synchronized EmbeddedKafkaBroker withSettings(Map<String, String> settings) {
        extraSettings.putAll(settings);
        return this;
    }

    /** Starts the broker and waits until it accepts clients. */
    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            return this;
        }
        keepKafkaFromEndingTheJvm();
        Path logDir = prepareLogDir();
        Properties props = serverProperties(logDir);
        format(logDir, props);
        KafkaRaftServer raftServer = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
        raftServer.startup();
        server = raftServer;
        awaitReady();
        LOG.info("Embedded Kafka broker ready at {} (data in {})", bootstrapServers(), logDir);
        return this;
    }

    /** The address clients use, {@code 127.0.0.1:port}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Stops the broker and waits for it; the data folder stays. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
        LOG.info("Embedded Kafka broker at 127.0.0.1:{} stopped", port);
    }

    /**
     * Kafka halts its JVM when, say, its log folder vanishes. Inside an application that JVM is the
     * application: instead the failing broker thread stops with an error, and clients see the
     * broker as gone.
     */
    private static synchronized void keepKafkaFromEndingTheJvm() {
        Exit.Procedure refuse = (status, message) -> {
            LOG.error(
                    "The embedded Kafka broker asked to end the JVM (status {}): {}. It stops instead; "
                            + "restart the application to restart the broker.",
                    status,
                    message);
            throw new EmbeddedKafkaException("the embedded broker failed (status " + status + "): " + message, null);
        };
        Exit.setExitProcedure(refuse);
        Exit.setHaltProcedure(refuse);
    }

    private Path prepareLogDir() {
        Path logDir = dataDir.resolve("kafka-logs");
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new EmbeddedKafkaException(
                    "cannot create the broker's data folder " + logDir + ": " + e
                            + ". Choose a folder this user can write.",
                    e);
        }
        if (!Files.isWritable(logDir)) {
            throw new EmbeddedKafkaException(
                    "the broker's data folder " + logDir + " is not writable. Choose a folder this user can write.",
                    null);
        }
        return logDir;
    }

    private Properties serverProperties(Path logDir) {
        Properties props = new Properties();
        props.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                // a static quorum keeps no controller address on disk, so the ports may change between runs
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("log.dirs", logDir.toString()),
                Map.entry("num.partitions", "1"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "5"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                // the cleaner only compacts the internal offsets topics here: Kafka's 128 MiB dedupe buffer
                // would sit in the host application's heap for nothing
                Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024)),
                Map.entry("auto.create.topics.enable", "true")));
        props.putAll(extraSettings);
        return props;
    }

    private void format(Path logDir, Properties props) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return; // formatted by an earlier run: keep its cluster id and its records
        }
        Path config = logDir.resolveSibling("server.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, "written by EventLens for the embedded broker");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + config, e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String clusterId = Uuid.randomUuid().toString();
        String[] args = {"format", "-t", clusterId, "-c", config.toString(), "--ignore-formatted"};
        int exit;
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exit = StorageTool.execute(args, print);
        } catch (RuntimeException e) {
            throw new EmbeddedKafkaException("formatting " + logDir + " failed: " + e.getMessage(), e);
        }
        if (exit != 0) {
            throw new EmbeddedKafkaException(
                    "formatting " + logDir + " failed with exit code " + exit + ": "
                            + output.toString(StandardCharsets.UTF_8).strip(),
                    null);
        }
    }

    private void awaitReady() {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(config)) {
            while (true) {
                try {
                    if (!admin.describeCluster()
                            .nodes()
                            .get(5, TimeUnit.SECONDS)
                            .isEmpty()) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new EmbeddedKafkaException("interrupted while waiting for the broker", e);
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        throw new EmbeddedKafkaException(
                                "the broker at " + bootstrapServers() + " did not accept clients within "
                                        + READY_TIMEOUT.toSeconds() + " s",
                                e);
                    }
                }
            }
        }
    }
}
