package io.eventlens.web.traces;

import static org.awaitility.Awaitility.await;

import com.google.protobuf.ByteString;
import io.eventlens.flow.trace.CorrelationAttributes;
import io.eventlens.flow.trace.IntakeLimits;
import io.eventlens.flow.trace.OtlpDecoder;
import io.eventlens.flow.trace.SpanIntake;
import io.eventlens.web.EventLensApplication;
import io.eventlens.web.demo.DemoWorldLifecycle;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Intake rate: spans per second posted over OTLP/HTTP (protobuf, 4 senders) to a running EventLens
 * (the demo with its reference system stopped, H2 file database) until its store holds them all,
 * beside the raw protobuf decode rate of the same requests ({@code ExportTraceServiceRequest.parseFrom},
 * the limit) and EventLens's own decode, in the same run. Run by hand, see docs/benchmarks.md:
 *
 * <pre>java ... TraceIntakeBenchmark [requests=400] [spansPerRequest=512] [rounds=3]</pre>
 *
 * <p>Each round's bodies (fresh span ids, or the store would take them as an exporter's retries) are
 * encoded before its clock starts, so a round times only sending and storing.
 */
public final class TraceIntakeBenchmark {

    private TraceIntakeBenchmark() {}

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int perRequest = args.length > 1 ? Integer.parseInt(args[1]) : 512;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            bodies.add(request(perRequest).toByteArray());
        }
        long total = (long) requests * perRequest;
        decodeRates(bodies, total);
        ConfigurableApplicationContext app = SpringApplication.run(
                EventLensApplication.class,
                "--server.port=0",
                "--eventlens.data-dir=" + Files.createTempDirectory("intake-bench"),
                "--eventlens.kafka.embedded.port=0",
                "--eventlens.redis.url=",
                "--vaadin.launch-browser=false");
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            SpanIntake intake = app.getBean(SpanIntake.class);
            // the demo's reference system exports spans of its own: stop it, so only the benchmark's are counted
            app.getBean(DemoWorldLifecycle.class).stop();
            await().atMost(Duration.ofSeconds(30)).until(intake::idle);
            for (int round = 1; round <= rounds; round++) {
                List<byte[]> fresh = new ArrayList<>();
                for (byte[] body : bodies) {
                    fresh.add(round == 1 ? body : reseeded(body));
                }
                post(URI.create("http://127.0.0.1:" + port + "/v1/traces"), fresh, intake, total, round);
            }
            decodeRates(bodies, total);
        } finally {
            app.close();
        }
    }

    private static void post(URI endpoint, List<byte[]> bodies, SpanIntake intake, long total, int round)
            throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        long before = intake.stored();
        long start = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            done.add(senders.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < bodies.size(); ) {
                    byte[] body = bodies.get(i);
                    // 429: the intake queue is full; send again until it is taken
                    await().atMost(Duration.ofMinutes(1))
                            .pollInterval(Duration.ofMillis(20))
                            .until(() -> send(client, endpoint, body) != 429 || refused.incrementAndGet() < 0);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        senders.shutdown();
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(5))
                .until(() -> intake.stored() - before >= total);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "round %d: %,d spans through POST /v1/traces into the store in %.2f s = %,.0f spans/s"
                        + " (%d answers 429, retried)%n",
                round, total, seconds, total / seconds, refused.get());
    }

    private static int send(HttpClient client, URI endpoint, byte[] body) throws Exception {
        return client.send(
                        HttpRequest.newBuilder(endpoint)
                                .header("Content-Type", "application/x-protobuf")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static void decodeRates(List<byte[]> bodies, long total) throws Exception {
        OtlpDecoder decoder = new OtlpDecoder(IntakeLimits.DEFAULT, CorrelationAttributes.DEFAULT);
        for (int warm = 0; warm < 2; warm++) {
            long start = System.nanoTime();
            for (byte[] body : bodies) {
                ExportTraceServiceRequest.parseFrom(body);
            }
            double raw = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            for (byte[] body : bodies) {
                decoder.decode(body, OtlpDecoder.Encoding.PROTOBUF);
            }
            double ours = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "decode (one thread): raw protobuf parse %,.0f spans/s; EventLens decode (parse,"
                            + " checks, correlation) %,.0f spans/s%n",
                    total / raw, total / ours);
        }
    }

    private static byte[] reseeded(byte[] body) throws Exception {
        ExportTraceServiceRequest.Builder request = ExportTraceServiceRequest.parseFrom(body).toBuilder();
        ScopeSpans.Builder scope = request.getResourceSpansBuilder(0).getScopeSpansBuilder(0);
        for (int i = 0; i < scope.getSpansCount(); i++) {
            scope.getSpansBuilder(i).setSpanId(id(8));
        }
        return request.build().toByteArray();
    }

    /** One request of a service's spans: a Kafka producer span each, attributes as the SDK sends them. */
    static ExportTraceServiceRequest request(int spans) {
        ScopeSpans.Builder scope = ScopeSpans.newBuilder();
        scope.getScopeBuilder().setName("io.eventlens.bench").setVersion("1");
        ByteString trace = id(16);
        for (int i = 0; i < spans; i++) {
            if (i % 8 == 0) {
                trace = id(16);
            }
            String order = "order-" + ThreadLocalRandom.current().nextInt(1_000_000);
            scope.addSpans(Span.newBuilder()
                    .setTraceId(trace)
                    .setSpanId(id(8))
                    .setName("send orders")
                    .setKind(Span.SpanKind.SPAN_KIND_PRODUCER)
                    .setStartTimeUnixNano(System.currentTimeMillis() * 1_000_000L)
                    .setEndTimeUnixNano(System.currentTimeMillis() * 1_000_000L + 1_500_000)
                    .addAttributes(kv("messaging.system", "kafka"))
                    .addAttributes(kv("messaging.destination.name", "orders"))
                    .addAttributes(kv("messaging.kafka.message.key", order))
                    .addAttributes(
                            kv("messaging.message.id", id(8).toStringUtf8().hashCode() + ""))
                    .addAttributes(kv("correlation.id", order)));
        }
        return ExportTraceServiceRequest.newBuilder()
                .addResourceSpans(ResourceSpans.newBuilder()
                        .setResource(Resource.newBuilder().addAttributes(kv("service.name", "bench-service")))
                        .addScopeSpans(scope))
                .build();
    }

    private static KeyValue kv(String key, String value) {
        return KeyValue.newBuilder()
                .setKey(key)
                .setValue(AnyValue.newBuilder().setStringValue(value))
                .build();
    }

    private static ByteString id(int bytes) {
        byte[] id = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(id);
        id[0] |= 1;
        return ByteString.copyFrom(id);
    }
}
