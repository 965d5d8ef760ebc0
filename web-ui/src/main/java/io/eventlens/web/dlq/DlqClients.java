package io.eventlens.web.dlq;

import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import redis.clients.jedis.UnifiedJedis;

/** The DLQ inspector's own clients, closed with the application. */
record DlqClients(
        Map<String, Object> client, Admin admin, KafkaConsumer<byte[], byte[]> depthConsumer, UnifiedJedis redis)
        implements AutoCloseable {

    @Override
    public void close() {
        admin.close();
        depthConsumer.close();
        if (redis != null) {
            redis.close();
        }
    }
}
