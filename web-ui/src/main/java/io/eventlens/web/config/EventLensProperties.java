package io.eventlens.web.config;

import io.eventlens.catalog.load.ParseLimits;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every {@code eventlens.*} setting. Unknown keys fail the start (a typo must not silently fall back
 * to a default).
 *
 * @param dataDir folder for the H2 database and the embedded broker's logs
 * @param kafka which Kafka to watch; none configured means the embedded demo broker
 * @param redis which Redis to watch
 * @param security the two users' passwords
 * @param catalog where the event catalog's AsyncAPI documents come from
 * @param limits how much one request may make the app read
 * @param dlq dead-letter queues: extra names, PII masking, replay limits, alerts
 * @param otlp the OTLP/HTTP span intake at {@code /v1/traces}
 * @param traces where traces are searched and how long the embedded store keeps spans
 * @param lag how consumer lag is polled, judged, kept and alerted on
 * @param heavy the pool that heavy requests (governance checks, flow exports) run on
 */
@ConfigurationProperties(prefix = "eventlens", ignoreUnknownFields = false)
public record EventLensProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Kafka kafka,
        @DefaultValue Redis redis,
        @DefaultValue Security security,
        @DefaultValue CatalogSources catalog,
        @DefaultValue Limits limits,
        @DefaultValue Otlp otlp,
        @DefaultValue Traces traces,
        @DefaultValue LagProperties lag,
        @DefaultValue Dlq dlq,
        @DefaultValue Heavy heavy) {

    @ConstructorBinding
    public EventLensProperties {
        limits = limits == null ? new Limits(Limits.DEFAULT_REQUEST_BODY) : limits;
    }

    /** Without limits, OTLP, traces, lag and DLQ settings: their defaults. */
    public EventLensProperties(Path dataDir, Kafka kafka, Redis redis, Security security, CatalogSources catalog) {
        this(
                dataDir,
                kafka,
                redis,
                security,
                catalog,
                new Limits(Limits.DEFAULT_REQUEST_BODY),
                null,
                null,
                LagProperties.defaults(),
                Dlq.defaults(),
                null);
    }

    /** Without lag and DLQ settings: their defaults. */
    public EventLensProperties(
            Path dataDir,
            Kafka kafka,
            Redis redis,
            Security security,
            CatalogSources catalog,
            Limits limits,
            Otlp otlp,
            Traces traces) {
        this(
                dataDir,
                kafka,
                redis,
                security,
                catalog,
                limits,
                otlp,
                traces,
                LagProperties.defaults(),
                Dlq.defaults(),
                null);
    }

    /**
     * The budget of one request's reading and work: see {@link ParseLimits} for what each limit counts.
     *
     * @param maxRequestBody the largest request body the web API and the upload fields take (413 above it)
     * @param maxDocumentBytes the largest document or schema text read, from a folder or a request
     * @param maxDepth the deepest nesting of a text, YAML aliases expanded
     * @param maxAliases the most YAML aliases to lists or maps in one text
     * @param maxNodes the most values in one text once its YAML aliases are expanded
     * @param maxCharacters the most characters of keys and values in one text, aliases expanded
     * @param maxRefExpansions the most {@code $ref}s followed bundling one document or comparing two schemas
     * @param maxChanges the most changes one compatibility check reports before it stops
     * @param maxYamlWord the most characters of YAML without a space or line break
     */
    public record Limits(
            @DefaultValue("5MB") DataSize maxRequestBody,
            @DefaultValue("64MB") DataSize maxDocumentBytes,
            @DefaultValue("256") int maxDepth,
            @DefaultValue("50") int maxAliases,
            @DefaultValue("4000000") long maxNodes,
            @DefaultValue("67108864") long maxCharacters,
            @DefaultValue("10000") int maxRefExpansions,
            @DefaultValue("10000") int maxChanges,
            @DefaultValue("1048576") int maxYamlWord) {

        /** The default of {@code eventlens.limits.max-request-body}. */
        public static final DataSize DEFAULT_REQUEST_BODY = DataSize.ofMegabytes(5);

        @ConstructorBinding
        public Limits {}

        /** The request body limit, every other limit at its default. */
        public Limits(DataSize maxRequestBody) {
            this(
                    maxRequestBody,
                    DataSize.ofBytes(ParseLimits.defaults().maxBytes()),
                    ParseLimits.defaults().maxDepth(),
                    ParseLimits.defaults().maxAliases(),
                    ParseLimits.defaults().maxNodes(),
                    ParseLimits.defaults().maxChars(),
                    ParseLimits.defaults().maxRefExpansions(),
                    ParseLimits.defaults().maxChanges(),
                    ParseLimits.defaults().maxYamlWord());
        }

        /** The limits of reading and comparing, as the engine takes them (invalid values fail the start). */
        public ParseLimits parseLimits() {
            return new ParseLimits(
                    maxDocumentBytes.toBytes(),
                    maxDepth,
                    maxAliases,
                    maxNodes,
                    maxCharacters,
                    maxRefExpansions,
                    maxChanges,
                    maxYamlWord);
        }
    }

    /**
     * @param threads threads (0: as many as cores)
     * @param waiting requests that may wait for a thread (negative: twice as many as cores; 0: none)
     * @param deadline how long one request may take, waiting included (503 past it)
     */
    public record Heavy(
            @DefaultValue("0") int threads,
            @DefaultValue("-1") int waiting,
            @DefaultValue("30s") Duration deadline) {}

    /** True when no external Kafka is configured: EventLens runs its bundled demo world. */
    public boolean demo() {
        return kafka.bootstrapServers() == null || kafka.bootstrapServers().isBlank();
    }

    /** Demo mode with neither password configured: the login page may show the demo passwords. */
    public boolean demoPasswords() {
        return demo()
                && (security.viewerPassword() == null
                        || security.viewerPassword().isBlank())
                && (security.operatorPassword() == null
                        || security.operatorPassword().isBlank());
    }

    /**
     * @param bootstrapServers an external cluster; blank starts the embedded broker
     * @param properties ordinary client properties passed through (security.protocol, sasl.*, ssl.*)
     * @param startupTimeout how long the start waits for the external cluster to answer
     * @param embedded the embedded broker's ports
     */
    public record Kafka(
            String bootstrapServers,
            Map<String, String> properties,
            @DefaultValue("15s") Duration startupTimeout,
            @DefaultValue Embedded embedded) {

        public Kafka {
            properties = properties == null ? Map.of() : Map.copyOf(properties);
        }
    }

    /**
     * @param port client port of the embedded broker on 127.0.0.1 (0 picks a free one)
     * @param controllerPort its controller port (0 picks a free one)
     */
    public record Embedded(
            @DefaultValue("19092") int port,
            @DefaultValue("0") int controllerPort) {}

    /** @param url {@code redis://host:port}; blank means Redis is not watched */
    public record Redis(
            @DefaultValue("redis://127.0.0.1:6379") String url) {}

    /** Passwords of the {@code viewer} and {@code operator} users; required with an external Kafka. */
    public record Security(String viewerPassword, String operatorPassword) {}

    /**
     * @param folders files or folders of AsyncAPI documents, loaded at start and on reload
     * @param remoteRefs URL prefixes that {@code $ref}s may fetch; empty (the default) fetches nothing remote
     */
    public record CatalogSources(List<Path> folders, List<String> remoteRefs) {

        public CatalogSources {
            folders = folders == null ? List.of() : List.copyOf(folders);
            remoteRefs = remoteRefs == null ? List.of() : List.copyOf(remoteRefs);
        }
    }

    /**
     * @param topics Kafka topics that are dead-letter queues whatever their names
     * @param streams Redis streams that are dead-letter queues whatever their names
     * @param piiPaths JSON paths masked in every shown payload (as {@code $..email})
     * @param pollInterval how often depths are measured
     * @param alertWebhook where growth alerts are POSTed as JSON (blank: the log only)
     * @param maxReplays the loop guard: records replayed this often are parked, not sent again
     * @param protectedTopics topics a replay never writes to
     * @param stripHeaders headers a replayed record loses (a trailing * matches a prefix)
     * @param staleAfter a replay job whose runner stopped beating this long ago is taken over
     * @param maxScan records read at most per browse or selection
     */
    public record Dlq(
            List<String> topics,
            List<String> streams,

            @DefaultValue({"$..email", "$..recipient", "$..customer_name", "$..card_number"})
            List<String> piiPaths,

            @DefaultValue("15s") Duration pollInterval,
            String alertWebhook,
            @DefaultValue("3") int maxReplays,
            List<String> protectedTopics,
            List<String> stripHeaders,
            @DefaultValue("30s") Duration staleAfter,
            @DefaultValue("10000") int maxScan) {

        public Dlq {
            topics = topics == null ? List.of() : List.copyOf(topics);
            streams = streams == null ? List.of() : List.copyOf(streams);
            piiPaths = piiPaths == null ? List.of() : List.copyOf(piiPaths);
            protectedTopics = protectedTopics == null ? List.of() : List.copyOf(protectedTopics);
            stripHeaders = stripHeaders == null ? List.of() : List.copyOf(stripHeaders);
            pollInterval = pollInterval == null ? Duration.ofSeconds(15) : pollInterval;
            staleAfter = staleAfter == null ? Duration.ofSeconds(30) : staleAfter;
        }

        /** The defaults, for code that builds properties by hand. */
        public static Dlq defaults() {
            return new Dlq(null, null, List.of("$..email", "$..recipient"), null, null, 3, null, null, null, 10_000);
        }
    }

    /**
     * @param token the bearer token senders must give ({@code Authorization: Bearer <token>}); required
     *     outside the demo, where the intake without one refuses every request
     * @param maxBodySize largest request body, also after gzip inflation (larger: 413)
     * @param queueCapacity requests waiting to be stored before the intake answers 429
     */
    public record Otlp(
            String token,
            @DefaultValue("16MB") DataSize maxBodySize,
            @DefaultValue("64") int queueCapacity) {}

    /**
     * @param source {@code embedded} (the span store), {@code jaeger} or {@code tempo}
     * @param jaegerUrl Jaeger's query address, e.g. {@code http://jaeger:16686}
     * @param tempoUrl Tempo's address, e.g. {@code http://tempo:3200}
     * @param lookback how far back a Jaeger or Tempo search reaches
     * @param retention how long and how many spans the embedded store keeps
     * @param correlationAttributes span attributes holding the correlation id, in order; empty: the defaults
     */
    public record Traces(
            @DefaultValue("embedded") String source,
            URI jaegerUrl,
            URI tempoUrl,
            @DefaultValue("1h") Duration lookback,
            @DefaultValue Retention retention,
            List<String> correlationAttributes) {

        public Traces {
            correlationAttributes = correlationAttributes == null ? List.of() : List.copyOf(correlationAttributes);
        }
    }

    /** @param maxAge spans older are deleted; @param maxSpans above this many the oldest are deleted */
    public record Retention(
            @DefaultValue("7d") Duration maxAge,
            @DefaultValue("2000000") long maxSpans) {}
}
