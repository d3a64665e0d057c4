package dev.dynamodel.id;

import java.util.UUID;

/** The layout of a version 7 UUID (RFC 9562, section 5.7). */
final class UuidV7 {
    private UuidV7() {
    }

    /**
     * unix_ts_ms (48) | ver = 0111 (4) | rand_a (12) | var = 10 (2) | rand_b (62): the 74 random
     * bits are split 12 / 62, so that counting up the value counts up the UUID.
     */
    static UUID of(TimeOrdered.Value value) {
        // The 74 bits are high (10 bits) and low (64 bits): rand_a is their top 12, rand_b the other 62.
        long randA = value.randomHigh() << 2 | value.randomLow() >>> 62;
        long randB = value.randomLow() & 0x3FFF_FFFF_FFFF_FFFFL;
        long most = value.millis() << 16 | 0x7000L | randA;
        long least = 0x8000_0000_0000_0000L | randB;
        return new UUID(most, least);
    }
}
