package io.eventlens.flow.trace;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * p50/p99 of a correlation search (the whole business action: traces found by correlation id, spans
 * read, links followed both ways) over a store of N spans, on H2 (in memory, PostgreSQL mode) or
 * PostgreSQL (a fresh schema, dropped after). Each action is 10 spans in two traces joined by a link,
 * like an order and its email batch. Run by hand, see docs/benchmarks.md:
 *
 * <pre>java ... CorrelationSearchBenchmark [spans=1000000] [searches=2000] [JDBC URL]</pre>
 *
 * <p>No URL: H2 in memory; {@code jdbc:h2:file:...} (the application's default kind); {@code
 * jdbc:postgresql://127.0.0.1:5432/test}.
 */
public final class CorrelationSearchBenchmark {

    private CorrelationSearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int spans = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int searches = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        String url = args.length > 2 ? args[2] : null;
        String postgres = url != null && url.startsWith("jdbc:postgresql:") ? url : null;
        String schema = "bench_" + Long.toHexString(System.nanoTime());
        DataSource dataSource = postgres != null ? postgres(postgres, schema) : url != null ? h2(url) : Databases.h2();
        try {
            run(
                    new SpanStore(pooled(dataSource), Clock.systemUTC()),
                    spans,
                    searches,
                    url == null ? "H2 (memory)" : url);
        } finally {
            if (postgres != null) {
                execute(postgres(postgres, null), "DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void run(SpanStore store, int spans, int searches, String database) {
        // a file database must stay open between queries (the application's pool keeps it open):
        // give jdbc:h2:file:... URLs ;DB_CLOSE_DELAY=-1
        int actions = spans / 10;
        if (store.usage().spans() >= (long) actions * 10) {
            System.out.printf(
                    "%s: reusing the %,d spans stored by an earlier run%n",
                    database, store.usage().spans());
        } else {
            load(store, actions, database);
        }
        if (database.startsWith("jdbc:postgresql:")) {
            // as autovacuum would soon after a bulk load: the planner needs the new tables' statistics
            try (Connection connection = store.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE trace_span");
                statement.execute("ANALYZE trace_span_link");
            } catch (SQLException e) {
                throw new IllegalStateException("ANALYZE failed: " + e.getMessage(), e);
            }
        }
        search(store, actions, searches, database);
    }

    private static void load(SpanStore store, int actions, String database) {
        long start = System.nanoTime();
        List<TraceSpan> batch = new ArrayList<>();
        for (int a = 0; a < actions; a++) {
            batch.addAll(action("order-" + a));
            if (batch.size() >= 10_000) {
                store.store(batch);
                batch.clear();
            }
        }
        store.store(batch);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%s: stored %,d spans in %.1f s (%,.0f spans/s)%n",
                database, actions * 10, loadSeconds, actions * 10 / loadSeconds);
    }

    private static void search(SpanStore store, int actions, int searches, String database) {
        CorrelationSearch search = new CorrelationSearch(store, CorrelationAttributes.DEFAULT);
        for (int i = 0; i < 300; i++) {
            search.search(new TraceQuery.ByCorrelation("order-" + random(actions)), 20);
        }
        long[] micros = new long[searches];
        for (int i = 0; i < searches; i++) {
            long t = System.nanoTime();
            List<BusinessAction> found = search.search(new TraceQuery.ByCorrelation("order-" + random(actions)), 20);
            micros[i] = (System.nanoTime() - t) / 1_000;
            if (found.size() != 1
                    || found.get(0).spans().size() != 10
                    || found.get(0).traceIds().size() != 2) {
                throw new IllegalStateException("a search found " + found);
            }
        }
        Arrays.sort(micros);
        System.out.printf(
                "%s: %,d correlation searches over %,d spans: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                database,
                searches,
                actions * 10,
                micros[searches / 2] / 1e3,
                micros[searches * 99 / 100] / 1e3,
                micros[searches - 1] / 1e3);
    }

    /**
     * One connection kept open and handed out again, as the application's pool (Hikari) does: without
     * it every query would pay for a new PostgreSQL connection (~10 ms here). Single-threaded use only.
     */
    static DataSource pooled(DataSource dataSource) throws SQLException {
        Connection open = dataSource.getConnection();
        Connection kept = (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        open.setAutoCommit(true);
                        return null;
                    }
                    try {
                        return method.invoke(open, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return kept;
                    }
                    try {
                        return method.invoke(dataSource, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static int random(int bound) {
        return ThreadLocalRandom.current().nextInt(bound);
    }

    /** An order trace of 8 spans and an email batch trace of 2 linked to it. */
    private static List<TraceSpan> action(String correlation) {
        String orderTrace = OtlpRequests.randomHex(16);
        String root = OtlpRequests.randomHex(8);
        List<TraceSpan> spans = new ArrayList<>();
        spans.add(
                Spans.span(orderTrace, root, "", "order-api", correlation, List.of(), Map.of("http.route", "/orders")));
        for (String service : List.of(
                "outbox-relay",
                "order-service",
                "payment-service",
                "inventory-service",
                "shipping-service",
                "analytics",
                "email-service")) {
            spans.add(Spans.span(
                    orderTrace,
                    OtlpRequests.randomHex(8),
                    root,
                    service,
                    correlation,
                    List.of(),
                    Map.of("messaging.destination.name", "orders", "messaging.kafka.message.key", correlation)));
        }
        String batchTrace = OtlpRequests.randomHex(16);
        TraceSpan batch = Spans.span(batchTrace, "email-worker", "", List.of(Spans.linkTo(spans.get(7), correlation)));
        spans.add(batch);
        spans.add(Spans.span(
                batchTrace,
                OtlpRequests.randomHex(8),
                batch.spanId(),
                "email-worker",
                correlation,
                List.of(),
                Map.of("messaging.destination.name", "email-jobs")));
        return spans;
    }

    static DataSource h2(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        return Databases.migrated(h2);
    }

    static DataSource postgres(String url, String schema) throws Exception {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(url + (schema == null ? "" : "?currentSchema=" + schema));
        pg.setUser("postgres");
        if (schema != null) {
            execute(postgres(url, null), "CREATE SCHEMA " + schema);
            return Databases.migrated(pg);
        }
        return pg;
    }

    static void execute(DataSource dataSource, String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
