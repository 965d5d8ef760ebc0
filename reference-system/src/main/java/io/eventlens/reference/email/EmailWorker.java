package io.eventlens.reference.email;

import io.eventlens.reference.event.Names;
import io.eventlens.reference.event.Topics;
import io.eventlens.reference.tracing.Telemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XClaimParams;
import redis.clients.jedis.params.XPendingParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;
import redis.clients.jedis.resps.StreamPendingEntry;

/**
 * The email workers, consumer group {@code email-workers} on the Redis stream {@code email-jobs}: a
 * reader hands jobs to {@code senders} threads (the mail server is slow); a reclaim round takes jobs
 * left pending longer than {@code reclaimAfter} (XPENDING, XCLAIM), and after {@code maxDeliveries}
 * deliveries moves them to {@code email-jobs-dlq}.
 */
public final class EmailWorker implements Runnable {

    public static final String GROUP = "email-workers";
    private static final Logger LOG = LoggerFactory.getLogger(EmailWorker.class);

    private final UnifiedJedis reader;
    private final UnifiedJedis redis;
    private final String stream;
    private final String deadLetters;
    private final EmailJobProcessor processor;
    private final int maxDeliveries;
    private final Duration reclaimAfter;
    private final ExecutorService senders;
    private final Semaphore slots;
    /** One consumer name per process, so XINFO CONSUMERS tells which process holds which pending jobs. */
    private final String consumer = "worker-" + ProcessHandle.current().pid();

    private volatile boolean running = true;

    /** @param reader a client of its own: the blocking read holds a connection */
    public EmailWorker(
            UnifiedJedis reader,
            UnifiedJedis redis,
            Names names,
            EmailSender sender,
            Telemetry telemetry,
            int senders,
            int maxDeliveries,
            Duration reclaimAfter) {
        this.reader = reader;
        this.redis = redis;
        this.stream = names.of(Topics.EMAIL_STREAM);
        this.deadLetters = names.of(Topics.EMAIL_DLQ_STREAM);
        this.processor = new EmailJobProcessor(redis, stream, names.of(GROUP), sender, telemetry);
        this.maxDeliveries = maxDeliveries;
        this.reclaimAfter = reclaimAfter;
        this.senders = Executors.newFixedThreadPool(senders, runnable -> new Thread(runnable, "email-sender"));
        this.slots = new Semaphore(senders);
        createGroup(names.of(GROUP));
    }

    private void createGroup(String group) {
        try {
            redis.xgroupCreate(stream, group, new StreamEntryID(0, 0), true);
        } catch (JedisDataException e) {
            if (!String.valueOf(e.getMessage()).startsWith("BUSYGROUP")) {
                throw e;
            }
        }
    }

    @Override
    public void run() {
        long nextReclaim = System.nanoTime() + reclaimAfter.toNanos();
        while (running) {
            try {
                readNew();
                if (System.nanoTime() >= nextReclaim) {
                    reclaim();
                    nextReclaim = System.nanoTime() + reclaimAfter.toNanos();
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return; // stopping: the senders are gone
                }
                LOG.warn("Email worker round failed; it goes on: {}", e.toString(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void readNew() throws InterruptedException {
        int free = Math.max(1, slots.availablePermits());
        List<Map.Entry<String, List<StreamEntry>>> read = reader.xreadGroup(
                processor.group(),
                consumer,
                XReadGroupParams.xReadGroupParams().count(free).block(200),
                Map.of(stream, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
        if (read == null) {
            return;
        }
        for (Map.Entry<String, List<StreamEntry>> batch : read) {
            sendBatch(batch.getValue());
        }
    }

    /** Hands a batch's jobs to the senders under the batch's own span (a new trace linked to the jobs'). */
    private void sendBatch(List<StreamEntry> jobs) throws InterruptedException {
        if (jobs.isEmpty()) {
            return;
        }
        Span batch = processor.startBatch(jobs);
        Context context = Context.root().with(batch);
        try {
            for (StreamEntry job : jobs) {
                send(job, context);
            }
        } finally {
            batch.end();
        }
    }

    /** Hands a job to a free sender; waits for one when all are busy (the mail server is slow). */
    private void send(StreamEntry job, Context batch) throws InterruptedException {
        slots.acquire();
        senders.execute(() -> {
            try {
                processor.process(job, batch);
            } finally {
                slots.release();
            }
        });
    }

    /**
     * Takes over jobs pending too long: dead-letters the ones delivered too often and hands the rest
     * to the senders like new jobs, so a crashed worker's backlog is sent in parallel.
     */
    void reclaim() throws InterruptedException {
        List<StreamPendingEntry> pending = redis.xpending(
                stream,
                processor.group(),
                XPendingParams.xPendingParams().idle(reclaimAfter.toMillis()).count(100));
        List<StreamEntry> retries = new ArrayList<>();
        for (StreamPendingEntry entry : pending) {
            List<StreamEntry> claimed = redis.xclaim(
                    stream,
                    processor.group(),
                    consumer,
                    reclaimAfter.toMillis(),
                    XClaimParams.xClaimParams(),
                    entry.getID());
            for (StreamEntry job : claimed) {
                long deliveries = entry.getDeliveredTimes() + 1;
                if (deliveries > maxDeliveries) {
                    LOG.warn(
                            "Email job {} failed {} deliveries: moved to {}",
                            job.getID(),
                            entry.getDeliveredTimes(),
                            deadLetters);
                    processor.deadLetter(job, deadLetters, entry.getDeliveredTimes());
                } else {
                    retries.add(job);
                }
            }
        }
        sendBatch(retries);
    }

    public void stop() {
        running = false;
        senders.shutdown();
        try {
            senders.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
