package io.eventlens.flow.trace;

import com.google.common.hash.HashCode;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.ByteBuffer;
import java.util.Collection;

/**
 * A Bloom filter over the searchable values of one span block (see {@link SpanBlock}): it answers
 * "certainly not in this block" or "maybe". {@value #BITS_PER_ENTRY} bits and {@value #HASHES} probes
 * per distinct value give about one false "maybe" in 15,000 tests; a false "maybe" only costs reading
 * a block that is then filtered exactly. A search hashes its value once ({@link Probe}) and tests every
 * block's filter with it (the Kirsch-Mitzenmacher double hashing Guava's own filter uses).
 */
final class BlockFilter {

    static final int BITS_PER_ENTRY = 20;
    static final int HASHES = 10;

    private static final HashFunction MURMUR = Hashing.murmur3_128();

    private final long[] bits;

    private BlockFilter(long[] bits) {
        this.bits = bits;
    }

    /** A filter holding these (distinct) values. */
    static BlockFilter of(Collection<String> values) {
        long wanted = Math.max(64L, (long) values.size() * BITS_PER_ENTRY);
        BlockFilter filter = new BlockFilter(new long[(int) Math.min(Integer.MAX_VALUE / 64, (wanted + 63) / 64)]);
        for (String value : values) {
            filter.put(probe(value));
        }
        return filter;
    }

    /** A value hashed once, to be tested against many filters. */
    record Probe(long h1, long h2) {}

    static Probe probe(String value) {
        HashCode hash = MURMUR.hashUnencodedChars(value);
        ByteBuffer bytes = ByteBuffer.wrap(hash.asBytes());
        return new Probe(Long.reverseBytes(bytes.getLong(0)), Long.reverseBytes(bytes.getLong(8)));
    }

    private void put(Probe probe) {
        long size = (long) bits.length * 64;
        long combined = probe.h1();
        for (int i = 0; i < HASHES; i++) {
            long bit = (combined & Long.MAX_VALUE) % size;
            bits[(int) (bit >>> 6)] |= 1L << bit;
            combined += probe.h2();
        }
    }

    boolean mightContain(Probe probe) {
        long size = (long) bits.length * 64;
        long combined = probe.h1();
        for (int i = 0; i < HASHES; i++) {
            long bit = (combined & Long.MAX_VALUE) % size;
            if ((bits[(int) (bit >>> 6)] & (1L << bit)) == 0) {
                return false;
            }
            combined += probe.h2();
        }
        return true;
    }

    /** Bytes held in memory. */
    long bytes() {
        return (long) bits.length * 8;
    }

    byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(bits.length * 8);
        buffer.asLongBuffer().put(bits);
        return buffer.array();
    }

    static BlockFilter fromBytes(byte[] bytes) {
        if (bytes.length == 0 || bytes.length % 8 != 0) {
            throw new SpanStoreException(
                    "a span block's filter has " + bytes.length + " bytes, not a multiple of 8", null);
        }
        long[] bits = new long[bytes.length / 8];
        ByteBuffer.wrap(bytes).asLongBuffer().get(bits);
        return new BlockFilter(bits);
    }

    /** The filter values of a search's kinds: each kind has its own prefix, so equal text of two kinds differs. */
    static String traceId(String id) {
        return "t" + id;
    }

    static String correlation(String id) {
        return "c" + id;
    }

    static String key(String key) {
        return "k" + key;
    }

    static String linkedTrace(String id) {
        return "l" + id;
    }

    static String attribute(String name, String value) {
        return "a" + name + '\u0000' + value;
    }
}
