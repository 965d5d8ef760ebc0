package io.eventlens.reference.app;

import io.eventlens.reference.event.Names;
import io.eventlens.reference.fault.Faults;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Settings of a reference-system process, with the demo's defaults: API on 127.0.0.1:8081, Kafka on
 * 127.0.0.1:19092, an H2 file database, Redis on 127.0.0.1:6379, spans to EventLens's OTLP endpoint.
 */
public final class ReferenceConfig {

    String httpHost = "127.0.0.1";
    int httpPort = 8081;
    int httpThreads = 32;
    String adminToken;
    String bootstrapServers = "127.0.0.1:19092";
    String jdbcUrl = "jdbc:h2:file:./data/reference/reference;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH";
    String jdbcUser = "sa";
    String jdbcPassword = "";
    String schema;
    String redisHost = "127.0.0.1";
    int redisPort = 6379;
    String otlpEndpoint = "http://localhost:8080/v1/traces";
    SpanExporter spanExporter;
    Names names = Names.NONE;
    double retryScale = 1.0;
    int maxAttempts = 6;
    int partitions = 3;
    int emailSenders = 8;
    int emailMaxDeliveries = 3;
    Duration emailReclaimAfter = Duration.ofSeconds(30);
    Set<Service> services = EnumSet.allOf(Service.class);
    final Faults faults = new Faults();

    public ReferenceConfig http(String host, int port) {
        this.httpHost = host;
        this.httpPort = port;
        return this;
    }

    /**
     * The bearer token the admin routes ({@code /admin/faults}, {@code /admin/poison}) require; null (the default)
     * makes a random one at start, logged and readable from {@link ReferenceSystem#adminToken()}.
     */
    public ReferenceConfig adminToken(String token) {
        this.adminToken = token;
        return this;
    }

    /** Request threads of the API (the synchronous mode holds one per order for seconds). */
    public ReferenceConfig httpThreads(int threads) {
        this.httpThreads = threads;
        return this;
    }

    public ReferenceConfig kafka(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        return this;
    }

    /** @param schema the schema to migrate and use, or null for the connection's default */
    public ReferenceConfig database(String jdbcUrl, String user, String password, String schema) {
        this.jdbcUrl = jdbcUrl;
        this.jdbcUser = user;
        this.jdbcPassword = password;
        this.schema = schema;
        return this;
    }

    public ReferenceConfig redis(String host, int port) {
        this.redisHost = host;
        this.redisPort = port;
        return this;
    }

    /** OTLP/HTTP traces endpoint, e.g. Jaeger's {@code http://localhost:4318/v1/traces}. */
    public ReferenceConfig otlpEndpoint(String endpoint) {
        this.otlpEndpoint = endpoint;
        return this;
    }

    /** Export spans here instead of over OTLP (tests). */
    public ReferenceConfig spanExporter(SpanExporter exporter) {
        this.spanExporter = exporter;
        return this;
    }

    public ReferenceConfig names(Names names) {
        this.names = names;
        return this;
    }

    /**
     * Scales every retry delay of the Kafka consumers (0.01 makes 1 s into 10 ms); see {@link #email} for the email
     * queue.
     */
    public ReferenceConfig retryScale(double scale) {
        this.retryScale = scale;
        return this;
    }

    public ReferenceConfig maxAttempts(int attempts) {
        this.maxAttempts = attempts;
        return this;
    }

    public ReferenceConfig partitions(int partitions) {
        this.partitions = partitions;
        return this;
    }

    public ReferenceConfig email(int senders, int maxDeliveries, Duration reclaimAfter) {
        this.emailSenders = senders;
        this.emailMaxDeliveries = maxDeliveries;
        this.emailReclaimAfter = reclaimAfter;
        return this;
    }

    public ReferenceConfig services(Set<Service> services) {
        this.services = services.isEmpty() ? EnumSet.noneOf(Service.class) : EnumSet.copyOf(services);
        return this;
    }

    /** The services this configuration starts. */
    public Set<Service> services() {
        return EnumSet.copyOf(services.isEmpty() ? EnumSet.noneOf(Service.class) : services);
    }

    /** The faults, to set before start; they stay changeable while running. */
    public Faults faults() {
        return faults;
    }
}
