package io.eventlens.dlq.replay;

import io.eventlens.dlq.audit.AuditLog;
import io.eventlens.dlq.browse.DlqBrowser;
import io.eventlens.dlq.browse.KafkaDlqReader;
import io.eventlens.dlq.browse.PiiMasker;
import io.eventlens.dlq.browse.RedisDlqReader;
import io.eventlens.dlq.jobs.JobStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;

/** The DLQ inspector wired as web-ui wires it, over a real broker, Redis and database. */
public final class DlqFixture implements AutoCloseable {

    public final Map<String, Object> client;
    public final Admin admin;
    public final UnifiedJedis redis;
    public final KafkaDlqReader reader;
    public final DlqBrowser browser;
    public final JobStore jobs;
    public final AuditLog audit;
    public final ReplayService replay;
    public final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();

    public DlqFixture(String bootstrap, DataSource dataSource, String owner, Duration staleAfter, int maxReplays) {
        client = Map.of("bootstrap.servers", bootstrap);
        admin = Admin.create(client);
        redis = RedisClient.create("127.0.0.1", 6379);
        reader = new KafkaDlqReader(client);
        browser = new DlqBrowser(reader, new RedisDlqReader(redis), new PiiMasker(List.of("$..email")), 50_000);
        jobs = new JobStore(dataSource, Clock.systemUTC());
        audit = new AuditLog(dataSource, Clock.systemUTC());
        replay = new ReplayService(
                client,
                admin,
                redis,
                browser,
                reader,
                jobs,
                audit,
                new ReplaySettings(HeaderPolicy.defaults(), maxReplays, Set.of(), staleAfter, owner),
                Clock.systemUTC(),
                (outcome, n) ->
                        outcomes.computeIfAbsent(outcome, o -> new AtomicLong()).addAndGet(n));
    }

    @Override
    public void close() {
        replay.close();
        admin.close();
        redis.close();
    }
}
