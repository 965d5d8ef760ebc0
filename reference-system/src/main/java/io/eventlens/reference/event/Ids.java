package io.eventlens.reference.event;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Identifiers for orders and events: UUID version 7 (RFC 9562), a millisecond timestamp followed by
 * 74 random bits. Time-ordered ids keep the primary-key indexes of the orders and processed-event
 * tables appending at their right edge instead of splitting random pages, and each thread draws its
 * random bits from its own generator: {@link UUID#randomUUID()} shares one locked generator that the
 * request threads and every consumer queued on under load.
 */
public final class Ids {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(Ids::generator);

    private Ids() {}

    /** A new UUIDv7 as its canonical lower-case text; later ids sort after earlier ones (per millisecond). */
    public static String next() {
        return uuid(System.currentTimeMillis(), RANDOM.get()).toString();
    }

    static UUID uuid(long unixMillis, SecureRandom random) {
        long randA = random.nextInt(1 << 12);
        long randB = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL;
        long most = (unixMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | randA;
        long least = 0x8000_0000_0000_0000L | randB;
        return new UUID(most, least);
    }

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}
