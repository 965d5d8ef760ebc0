package io.eventlens.dlq.replay;

import io.eventlens.dlq.browse.DlqMessage;
import io.eventlens.dlq.browse.RedisDlqReader;
import io.eventlens.dlq.jobs.ReplayJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Replays a Redis dead-letter stream: each selected entry up to the job's last id is moved by one
 * atomic function call (add to the target stream, delete from the DLQ, count), so a restarted job
 * simply continues with the entries still in the DLQ. Counters live in a Redis hash updated in the
 * same call, so they are exact after a resume too.
 */
final class RedisReplayer {

    private static final int PAGE = 200;

    private final UnifiedJedis redis;
    private final RedisFunctions functions;
    private final int maxReplays;

    RedisReplayer(UnifiedJedis redis, RedisFunctions functions, int maxReplays) {
        this.redis = redis;
        this.functions = functions;
        this.maxReplays = maxReplays;
    }

    Totals run(ReplayJob job, Predicate<DlqMessage> selected, JobHooks hooks) {
        String counters = "eventlens:dlq:job:" + job.id();
        Pacer pacer = new Pacer(job.rate());
        String start = "-";
        String last = job.endOffsets();
        while (!last.isBlank() && !hooks.cancelled()) {
            List<StreamEntry> page = redis.xrange(job.queue(), start, last, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (StreamEntry entry : page) {
                DlqMessage message = RedisDlqReader.toMessage(job.queue(), entry);
                if (selected.test(message)) {
                    moveOne(job, message, counters, hooks);
                    pacer.pace();
                }
            }
            hooks.committed(totals(counters));
            start = "(" + page.get(page.size() - 1).getID();
        }
        return totals(counters);
    }

    private void moveOne(ReplayJob job, DlqMessage message, String counters, JobHooks hooks) {
        String target = job.target() != null ? job.target() : message.headers().originalTopic();
        if (target == null) {
            redis.hincrBy(counters, "failed", 1);
            hooks.failed(message.id(), "no dlq-original-stream field; replay it to a named target instead");
            return;
        }
        String type = redis.type(target);
        if (!"stream".equals(type)) {
            redis.hincrBy(counters, "failed", 1);
            hooks.failed(
                    message.id(),
                    "none".equals(type)
                            ? "target stream '" + target + "' does not exist"
                            : "target '" + target + "' is a Redis " + type + ", not a stream");
            return;
        }
        functions.replay(
                job.queue(),
                target,
                job.queue() + "-parked",
                counters,
                message.id(),
                message.replayId(),
                job.id(),
                maxReplays);
    }

    private Totals totals(String counters) {
        Map<String, String> hash = redis.hgetAll(counters);
        return new Totals(number(hash, "moved"), number(hash, "failed"), number(hash, "parked"));
    }

    private static long number(Map<String, String> hash, String name) {
        return Long.parseLong(hash.getOrDefault(name, "0"));
    }

    /** The newest entry id of a stream, the end of a new job's range; blank when empty. */
    static String lastId(UnifiedJedis redis, String stream) {
        List<StreamEntry> newest = new ArrayList<>(redis.xrevrange(stream, "+", "-", 1));
        return newest.isEmpty() ? "" : newest.get(0).getID().toString();
    }
}
