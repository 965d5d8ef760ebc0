package io.eventlens.flow.trace;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A Bloom filter over the searchable values of one span block (see {@link SpanBlock}): it answers
 * "certainly not in this block" or "maybe". {@value #BITS_PER_ENTRY} bits and {@value #HASHES} probes
 * per distinct value give about one false "maybe" in 15,000 tests; a false "maybe" only costs reading
 * a block that is then filtered exactly. A value is its kind (a prefix character) and its text, hashed
 * once to 64 bits (FNV-1a over the characters, then MurmurHash3's finalizer); a search hashes its value
 * once ({@link #hash}) and tests every block's filter with it, the probes derived by double hashing
 * (Kirsch-Mitzenmacher, as Guava's filter does).
 */
final class BlockFilter {

    static final int BITS_PER_ENTRY = 20;
    static final int HASHES = 10;

    static final char TRACE_ID = 't';
    static final char CORRELATION = 'c';
    static final char KEY = 'k';
    static final char LINKED_TRACE = 'l';
    static final char ATTRIBUTE = 'a';

    private final long[] bits;

    private BlockFilter(long[] bits) {
        this.bits = bits;
    }

    /** A filter holding these hashed values ({@link #hash}); repeated hashes count once. */
    static BlockFilter of(long[] hashes, int count) {
        long[] sorted = Arrays.copyOf(hashes, count);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        long wanted = Math.max(64L, (long) distinct * BITS_PER_ENTRY);
        BlockFilter filter = new BlockFilter(new long[(int) Math.min(Integer.MAX_VALUE / 64, (wanted + 63) / 64)]);
        for (int i = 0; i < distinct; i++) {
            filter.put(sorted[i]);
        }
        return filter;
    }

    /** The 64-bit hash of a value of this kind. */
    static long hash(char kind, String text) {
        long h = mix(FNV_OFFSET, kind);
        for (int i = 0; i < text.length(); i++) {
            h = mix(h, text.charAt(i));
        }
        return finish(h);
    }

    /** The 64-bit hash of an attribute's name and value. */
    static long hash(String name, String value) {
        long h = mix(FNV_OFFSET, ATTRIBUTE);
        for (int i = 0; i < name.length(); i++) {
            h = mix(h, name.charAt(i));
        }
        h = mix(h, 0);
        for (int i = 0; i < value.length(); i++) {
            h = mix(h, value.charAt(i));
        }
        return finish(h);
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private static long mix(long h, int c) {
        return (h ^ c) * FNV_PRIME;
    }

    /** MurmurHash3's 64-bit finalizer: every input bit reaches every output bit. */
    private static long finish(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static long second(long hash) {
        return finish(hash ^ 0x9e3779b97f4a7c15L) | 1;
    }

    private void put(long hash) {
        long size = (long) bits.length * 64;
        long step = second(hash);
        long combined = hash;
        for (int i = 0; i < HASHES; i++) {
            long bit = (combined & Long.MAX_VALUE) % size;
            bits[(int) (bit >>> 6)] |= 1L << bit;
            combined += step;
        }
    }

    boolean mightContain(long hash) {
        long size = (long) bits.length * 64;
        long step = second(hash);
        long combined = hash;
        for (int i = 0; i < HASHES; i++) {
            long bit = (combined & Long.MAX_VALUE) % size;
            if ((bits[(int) (bit >>> 6)] & (1L << bit)) == 0) {
                return false;
            }
            combined += step;
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
}
