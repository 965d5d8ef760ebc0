package io.eventlens.reference.app;

import io.eventlens.reference.email.EmailWorker;
import io.eventlens.reference.event.Names;
import io.eventlens.reference.event.Topics;
import java.util.Set;
import java.util.TreeSet;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.XPendingParams;
import redis.clients.jedis.resps.StreamPendingEntry;

/**
 * One test system's email task queue on the machine's Redis, seen from outside: the jobs delivered
 * to a worker and not acknowledged, and the dead letters. Closing it deletes both streams.
 */
final class EmailQueue implements AutoCloseable {

    private final RedisClient redis;
    private final String stream;
    private final String group;
    private final String deadLetters;

    EmailQueue(ReferenceConfig config) {
        Names names = config.names;
        this.redis = RedisClient.create(config.redisHost, config.redisPort);
        this.stream = names.of(Topics.EMAIL_STREAM);
        this.group = names.of(EmailWorker.GROUP);
        this.deadLetters = names.of(Topics.EMAIL_DLQ_STREAM);
    }

    /** Jobs delivered to a worker and not acknowledged; 0 before the first worker made the group. */
    long inFlight() {
        return redis.exists(stream) ? redis.xpending(stream, group).getTotal() : 0;
    }

    /** The orders of the jobs delivered to a worker and not acknowledged. */
    Set<String> ordersInFlight() {
        Set<String> orders = new TreeSet<>();
        for (StreamPendingEntry pending :
                redis.xpending(stream, group, XPendingParams.xPendingParams().count(10_000))) {
            redis.xrange(stream, pending.getID(), pending.getID())
                    .forEach(job -> orders.add(job.getFields().get("order_id")));
        }
        return orders;
    }

    long deadLettered() {
        return redis.xlen(deadLetters);
    }

    @Override
    public void close() {
        redis.del(stream, deadLetters);
        redis.close();
    }
}
