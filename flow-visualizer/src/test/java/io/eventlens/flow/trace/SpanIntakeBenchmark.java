package io.eventlens.flow.trace;

import static org.awaitility.Awaitility.await;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.trace.v1.Span;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * The intake without HTTP: OTLP protobuf requests decoded ({@link OtlpDecoder}) and queued into the
 * {@link SpanIntake}, which stores them in an H2 file database (or PostgreSQL), until all are stored; beside the raw
 * protobuf parse rate of the same requests, in the same run (the limit). The HTTP leg is measured by
 * web-ui's {@code TraceIntakeBenchmark}. Run by hand, see docs/benchmarks.md:
 *
 * <pre>java ... SpanIntakeBenchmark [requests=400] [spansPerRequest=512] [h2 file path | jdbc:postgresql:... URL]
 *     [rounds=3]</pre>
 *
 * <p>Each round stores new spans: the requests are given fresh span ids before the round's clock starts.
 *
 * <p>A PostgreSQL URL gets a fresh schema, dropped after.
 */
public final class SpanIntakeBenchmark {

    private SpanIntakeBenchmark() {}

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int perRequest = args.length > 1 ? Integer.parseInt(args[1]) : 512;
        String file = args.length > 2 ? args[2] : "/tmp/span-intake-bench/db";
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            bodies.add(request(perRequest).toByteArray());
        }
        long total = (long) requests * perRequest;
        boolean postgres = file.startsWith("jdbc:postgresql:");
        String schema = "intake_bench_" + Long.toHexString(System.nanoTime());
        String database = postgres ? "PostgreSQL" : "H2 file";
        DataSource dataSource = postgres
                ? CorrelationSearchBenchmark.postgres(file, schema)
                : CorrelationSearchBenchmark.h2(
                        "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        try {
            // one connection kept open, as the application's pool does
            run(
                    new SpanStore(CorrelationSearchBenchmark.pooled(dataSource), Clock.systemUTC()),
                    bodies,
                    total,
                    database,
                    rounds);
        } finally {
            if (postgres) {
                CorrelationSearchBenchmark.execute(
                        CorrelationSearchBenchmark.postgres(file, null), "DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void run(SpanStore store, List<byte[]> bodies, long total, String database, int rounds)
            throws Exception {
        OtlpDecoder decoder = new OtlpDecoder(IntakeLimits.DEFAULT, CorrelationAttributes.DEFAULT);
        for (int round = 1; round <= rounds; round++) {
            List<byte[]> fresh = new ArrayList<>();
            for (byte[] body : bodies) {
                fresh.add(reseeded(body));
            }
            long start = System.nanoTime();
            for (byte[] body : bodies) {
                ExportTraceServiceRequest.parseFrom(body);
            }
            double raw = (System.nanoTime() - start) / 1e9;
            try (SpanIntake intake = new SpanIntake(store, 64)) {
                start = System.nanoTime();
                for (byte[] body : fresh) {
                    List<TraceSpan> spans =
                            decoder.decode(body, OtlpDecoder.Encoding.PROTOBUF).spans();
                    // a full queue refuses the batch: offer it again until the writer has made room
                    await().atMost(Duration.ofMinutes(1))
                            .pollInterval(Duration.ofMillis(1))
                            .until(() -> intake.offer(spans));
                }
                await().atMost(Duration.ofMinutes(10))
                        .pollInterval(Duration.ofMillis(2))
                        .until(() -> intake.stored() >= total);
                double stored = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        "round %d: raw protobuf parse %,.0f spans/s; decode + store (%s) %,.0f spans/s%n",
                        round, total / raw, database, total / stored);
            }
        }
    }

    /** The same request with fresh span ids, so each round stores new spans. */
    private static byte[] reseeded(byte[] body) throws Exception {
        ExportTraceServiceRequest.Builder request = ExportTraceServiceRequest.parseFrom(body).toBuilder();
        var scope = request.getResourceSpansBuilder(0).getScopeSpansBuilder(0);
        for (int i = 0; i < scope.getSpansCount(); i++) {
            scope.getSpansBuilder(i).setSpanId(OtlpRequests.id(OtlpRequests.randomHex(8)));
        }
        return request.build().toByteArray();
    }

    private static ExportTraceServiceRequest request(int spans) {
        List<Span> list = new ArrayList<>();
        String trace = OtlpRequests.randomHex(16);
        for (int i = 0; i < spans; i++) {
            if (i % 8 == 0) {
                trace = OtlpRequests.randomHex(16);
            }
            String order = "order-" + ThreadLocalRandom.current().nextInt(1_000_000);
            list.add(OtlpRequests.span(trace, OtlpRequests.randomHex(8), "send orders")
                    .setKind(Span.SpanKind.SPAN_KIND_PRODUCER)
                    .addAttributes(OtlpRequests.attribute("messaging.system", "kafka"))
                    .addAttributes(OtlpRequests.attribute("messaging.destination.name", "orders"))
                    .addAttributes(OtlpRequests.attribute("messaging.kafka.message.key", order))
                    .addAttributes(OtlpRequests.attribute("messaging.message.id", OtlpRequests.randomHex(8)))
                    .addAttributes(OtlpRequests.attribute("correlation.id", order))
                    .build());
        }
        return OtlpRequests.request("bench-service", list.toArray(Span[]::new));
    }
}
