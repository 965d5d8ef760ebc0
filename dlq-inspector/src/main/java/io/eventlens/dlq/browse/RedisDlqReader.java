package io.eventlens.dlq.browse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.dlq.headers.HeaderDecoder;
import io.eventlens.dlq.headers.RawHeader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Reads dead-letter streams with XRANGE, oldest first. An entry's fields are its headers; the fields
 * that are not dead-letter bookkeeping ({@code dlq-*}, {@code eventlens-*}) form its payload, shown
 * as a JSON object. Thread-safe.
 */
public final class RedisDlqReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int PAGE = 500;

    private final UnifiedJedis redis;
    private final HeaderDecoder decoder = new HeaderDecoder();

    public RedisDlqReader(UnifiedJedis redis) {
        this.redis = redis;
    }

    /** Hands each entry of {@code stream} to {@code sink}, oldest first; returns how many. */
    public int scan(String stream, int max, Consumer<DlqMessage> sink) {
        if (!redis.exists(stream)) {
            throw new UnknownQueueException(stream, "Redis has no stream of that name");
        }
        String start = "-";
        int seen = 0;
        while (seen < max) {
            int asked = Math.min(PAGE, max - seen);
            List<StreamEntry> page = redis.xrange(stream, start, "+", asked);
            for (StreamEntry entry : page) {
                sink.accept(toMessage(stream, entry, decoder));
                seen++;
            }
            if (page.size() < asked) {
                break;
            }
            start = "(" + page.get(page.size() - 1).getID();
        }
        return seen;
    }

    public Optional<DlqMessage> fetch(String stream, String id) {
        List<StreamEntry> entries = redis.xrange(stream, id, id, 1);
        return entries.isEmpty() ? Optional.empty() : Optional.of(toMessage(stream, entries.get(0), decoder));
    }

    /** The entry's fields that are its payload, not dead-letter bookkeeping. */
    public static Map<String, String> payloadFields(Map<String, String> fields) {
        Map<String, String> payload = new TreeMap<>();
        fields.forEach((name, value) -> {
            if (!name.startsWith("dlq-") && !name.startsWith("eventlens-")) {
                payload.put(name, value);
            }
        });
        return payload;
    }

    /** An entry as a dead-letter message. */
    public static DlqMessage toMessage(String stream, StreamEntry entry) {
        return toMessage(stream, entry, new HeaderDecoder());
    }

    static DlqMessage toMessage(String stream, StreamEntry entry, HeaderDecoder decoder) {
        List<RawHeader> headers = new ArrayList<>();
        entry.getFields()
                .forEach((name, value) -> headers.add(new RawHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        ObjectNode payload = MAPPER.createObjectNode();
        payloadFields(entry.getFields()).forEach(payload::put);
        StreamEntryID id = entry.getID();
        return new DlqMessage(
                stream,
                id.toString(),
                0,
                id.getTime(),
                null,
                payload.toString().getBytes(StandardCharsets.UTF_8),
                Instant.ofEpochMilli(id.getTime()),
                decoder.decode(headers),
                headers);
    }
}
