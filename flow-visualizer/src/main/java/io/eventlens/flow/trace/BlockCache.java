package io.eventlens.flow.trace;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently read blocks, inflated, up to a number of bytes: one search reads the same block
 * several times (the traces found, their spans, the traces linking to them), and often the newest
 * blocks again.
 */
final class BlockCache {

    private final long maxBytes;
    private final LinkedHashMap<Long, byte[]> blocks = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    BlockCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized byte[] get(long id) {
        return blocks.get(id);
    }

    synchronized void put(long id, byte[] raw) {
        byte[] old = blocks.put(id, raw);
        bytes += raw.length - (old == null ? 0 : old.length);
        Iterator<Map.Entry<Long, byte[]>> eldest = blocks.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<Long, byte[]> entry = eldest.next();
            if (entry.getKey() == id) {
                continue;
            }
            bytes -= entry.getValue().length;
            eldest.remove();
        }
    }

    synchronized void remove(long id) {
        byte[] old = blocks.remove(id);
        bytes -= old == null ? 0 : old.length;
    }
}
