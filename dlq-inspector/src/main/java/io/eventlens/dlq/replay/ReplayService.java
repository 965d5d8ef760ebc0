package io.eventlens.dlq.replay;

import io.eventlens.dlq.audit.AuditEntry.Action;
import io.eventlens.dlq.audit.AuditLog;
import io.eventlens.dlq.browse.DlqBrowser;
import io.eventlens.dlq.browse.DlqMessage;
import io.eventlens.dlq.browse.KafkaDlqReader;
import io.eventlens.dlq.discovery.Backend;
import io.eventlens.dlq.discovery.DeadLetterQueue;
import io.eventlens.dlq.jobs.JobConflictException;
import io.eventlens.dlq.jobs.JobStatus;
import io.eventlens.dlq.jobs.JobStore;
import io.eventlens.dlq.jobs.ReplayJob;
import io.eventlens.dlq.validate.PayloadCheck;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.ObjLongConsumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

/**
 * Replays dead-letter records as jobs: checks the request (target, filter, the queue's one active
 * job) before anything is sent, stores the job, runs it in the background with a heartbeat, and
 * audits its start, any take-over after a crash, and its end. Instances sharing a database take over
 * each other's jobs whose heartbeat stopped ({@link #resumeStale()}). Dry runs and fixes go through
 * the same checks. Thread-safe.
 */
public final class ReplayService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReplayService.class);

    private final Admin admin;
    private final UnifiedJedis redis;
    private final DlqBrowser browser;
    private final JobStore jobs;
    private final AuditLog audit;
    private final ReplaySettings settings;
    private final Clock clock;
    private final ObjLongConsumer<String> outcomes;
    private final KafkaReplayer kafka;
    private final RedisReplayer redisReplayer;
    private final KafkaTargets targets;
    private final FixSender fixes;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final ExecutorService runners = Executors.newCachedThreadPool(daemon("eventlens-replay"));
    private final ScheduledExecutorService heartbeat =
            Executors.newSingleThreadScheduledExecutor(daemon("eventlens-replay-heartbeat"));

    /**
     * @param client Kafka client properties ({@code bootstrap.servers} and security)
     * @param redis the Redis holding dead-letter streams, or null
     * @param outcomes called with ("moved" | "failed" | "parked", count) as records are replayed (metrics)
     */
    public ReplayService(
            Map<String, Object> client,
            Admin admin,
            UnifiedJedis redis,
            DlqBrowser browser,
            KafkaDlqReader reader,
            JobStore jobs,
            AuditLog audit,
            ReplaySettings settings,
            Clock clock,
            ObjLongConsumer<String> outcomes) {
        this.admin = admin;
        this.redis = redis;
        this.browser = browser;
        this.jobs = jobs;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.outcomes = outcomes;
        this.targets = new KafkaTargets(admin, settings.protectedTopics());
        this.kafka = new KafkaReplayer(client, reader, settings.policy(), targets, settings.maxReplays());
        this.redisReplayer =
                redis == null ? null : new RedisReplayer(redis, new RedisFunctions(redis), settings.maxReplays());
        this.fixes = new FixSender(client, redis, settings.policy(), targets, audit, browser.masker());
        long beat = Math.max(200, settings.staleAfter().toMillis() / 3);
        heartbeat.scheduleAtFixedRate(this::beat, beat, beat, TimeUnit.MILLISECONDS);
    }

    /**
     * Checks and starts a replay job.
     *
     * @throws ReplayRefusedException when the target cannot receive records (nothing is sent)
     * @throws io.eventlens.dlq.browse.FilterException when the filter cannot be read
     * @throws io.eventlens.dlq.jobs.JobConflictException when the queue already has an active job
     */
    public ReplayJob start(DeadLetterQueue queue, ReplayRequest request) {
        Predicate<DlqMessage> selected = Selections.predicate(request.selection(), browser.masker());
        checkTarget(queue, request.target());
        jobs.activeJob(queue.name()).ifPresent(active -> {
            throw new JobConflictException(queue.name(), active);
        });
        if (queue.backend() == Backend.KAFKA) {
            targets.ensureParked(queue.name());
        }
        Selections.Range range = queue.backend() == Backend.KAFKA
                ? Selections.kafkaRange(admin, queue.name(), request.selection())
                : new Selections.Range(RedisReplayer.lastId(redis, queue.name()), 0);
        long toMove = Selections.count(browser, queue, request.selection(), range.held());
        Instant now = clock.instant();
        ReplayJob job = jobs.create(new ReplayJob(
                UUID.randomUUID().toString(),
                queue.name(),
                queue.backend(),
                JobStatus.RUNNING,
                request.selection(),
                request.target(),
                request.rate(),
                request.actor(),
                now,
                now,
                settings.owner(),
                toMove,
                0,
                0,
                0,
                0,
                range.text(),
                null));
        audit.record(
                request.actor(),
                Action.REPLAY_STARTED,
                queue.name(),
                job.id(),
                request.selection().describe(),
                targetText(request.target()),
                toMove,
                "started: " + toMove + " record(s) to move"
                        + (request.rate() > 0 ? " at most " + request.rate() + "/s" : ""),
                null,
                null);
        submit(job, selected);
        return job;
    }

    /** What {@code request} would send, sending nothing; audited as a dry run. */
    public DryRun dryRun(DeadLetterQueue queue, ReplayRequest request) {
        checkTarget(queue, request.target());
        DryRun plan = new DryRunPlanner(browser, targets, settings.maxReplays(), redis)
                .plan(queue, request.selection(), request.target());
        audit.record(
                request.actor(),
                Action.DRY_RUN,
                queue.name(),
                null,
                request.selection().describe(),
                targetText(request.target()),
                plan.selected(),
                "dry run: would move " + plan.wouldMove() + ", fail " + plan.wouldFail() + ", park " + plan.wouldPark()
                        + "; nothing sent",
                null,
                null);
        return plan;
    }

    /** Sends one record with an edited payload, when the edit validates; audits both versions. */
    public FixResult fix(
            DeadLetterQueue queue, String id, String payload, String target, String actor, PayloadCheck check) {
        checkTarget(queue, target);
        DlqMessage message = browser.find(queue, id)
                .orElseThrow(() -> new ReplayRefusedException("DLQ " + queue.name() + " holds no record " + id));
        return fixes.send(queue, message, payload, target, actor, check);
    }

    /** Asks a running job to stop after its current batch; false when it is not running. */
    public boolean cancel(String jobId, String actor) {
        boolean asked = jobs.requestCancel(jobId);
        if (asked) {
            LOG.info("Replay job {} cancelled by {}", jobId, actor);
        }
        return asked;
    }

    public Optional<ReplayJob> job(String id) {
        return jobs.get(id);
    }

    public List<ReplayJob> recentJobs(int limit) {
        return jobs.recent(limit);
    }

    /** Takes over and resumes jobs whose runner stopped beating (a crashed instance); returns them. */
    public List<ReplayJob> resumeStale() {
        List<ReplayJob> claimed = jobs.claimStale(settings.owner(), settings.staleAfter());
        for (ReplayJob job : claimed) {
            audit.record(
                    settings.owner(),
                    Action.REPLAY_RESUMED,
                    job.queue(),
                    job.id(),
                    job.selection().describe(),
                    targetText(job.target()),
                    job.toMove(),
                    "resumed by " + settings.owner() + " after its runner stopped" + " (take-over " + job.resumes()
                            + ")",
                    null,
                    null);
            submit(job, Selections.predicate(job.selection(), browser.masker()));
        }
        return claimed;
    }

    private void checkTarget(DeadLetterQueue queue, String target) {
        if (target == null) {
            return;
        }
        if (queue.backend() == Backend.KAFKA) {
            targets.refusal(queue.name(), target).ifPresent(reason -> {
                throw new ReplayRefusedException(reason);
            });
        } else if (!"stream".equals(redis.type(target))) {
            throw new ReplayRefusedException("target stream '" + target + "' does not exist in Redis");
        } else if (target.equals(queue.name())) {
            throw new ReplayRefusedException(
                    "target stream '" + target + "' is the DLQ itself; replaying into it would loop");
        }
    }

    private void submit(ReplayJob job, Predicate<DlqMessage> selected) {
        running.add(job.id());
        runners.submit(() -> run(job, selected));
    }

    private void run(ReplayJob job, Predicate<DlqMessage> selected) {
        Totals[] last = {Totals.ZERO};
        JobHooks hooks = new JobHooks() {
            public void committed(Totals totals) {
                count(last[0], totals);
                last[0] = totals;
                jobs.progress(job.id(), totals.moved(), totals.failed(), totals.parked());
            }

            public void failed(String recordId, String reason) {
                LOG.warn("Replay job {}: record {} of {} not sent: {}", job.id(), recordId, job.queue(), reason);
            }

            public boolean cancelled() {
                return jobs.get(job.id())
                        .map(j -> j.status() == JobStatus.CANCELLING)
                        .orElse(true);
            }
        };
        try {
            Totals totals = job.backend() == Backend.KAFKA
                    ? kafka.run(job, selected, hooks)
                    : redisReplayer.run(job, selected, hooks);
            hooks.committed(totals);
            boolean cancelled = hooks.cancelled();
            String outcome = (cancelled ? "cancelled" : "finished") + ": moved " + totals.moved() + ", failed "
                    + totals.failed() + ", parked " + totals.parked();
            jobs.finish(job.id(), cancelled ? JobStatus.CANCELLED : JobStatus.COMPLETED, outcome);
            audit.record(
                    job.requestedBy(),
                    cancelled ? Action.REPLAY_CANCELLED : Action.REPLAY_FINISHED,
                    job.queue(),
                    job.id(),
                    job.selection().describe(),
                    targetText(job.target()),
                    totals.moved(),
                    outcome,
                    null,
                    null);
        } catch (RuntimeException e) {
            LOG.error("Replay job {} of {} failed", job.id(), job.queue(), e);
            String outcome = "failed: " + e.getMessage();
            jobs.finish(job.id(), JobStatus.FAILED, outcome);
            audit.record(
                    job.requestedBy(),
                    Action.REPLAY_FAILED,
                    job.queue(),
                    job.id(),
                    job.selection().describe(),
                    targetText(job.target()),
                    last[0].moved(),
                    outcome,
                    null,
                    null);
        } finally {
            running.remove(job.id());
        }
    }

    private void count(Totals before, Totals now) {
        outcomes.accept("moved", now.moved() - before.moved());
        outcomes.accept("failed", now.failed() - before.failed());
        outcomes.accept("parked", now.parked() - before.parked());
    }

    private void beat() {
        for (String id : running) {
            try {
                jobs.heartbeat(id);
            } catch (RuntimeException e) {
                LOG.warn("Heartbeat of replay job {} failed", id, e);
            }
        }
    }

    static String targetText(String target) {
        return target == null ? "(original topics)" : target;
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        runners.shutdownNow();
        fixes.close();
    }
}
