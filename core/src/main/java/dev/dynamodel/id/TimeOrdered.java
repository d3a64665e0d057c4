package dev.dynamodel.id;

import java.security.SecureRandom;

/**
 * The state behind a time-ordered identifier: a millisecond timestamp and a number of random bits
 * (74 for a UUID v7, 80 for a ULID). In a new millisecond the bits are drawn afresh; within the same
 * one, or when the clock has stepped back, the last value's bits count up by one (the ULID spec's
 * monotonic rule, RFC 9562's "monotonic random" method), and an overflow moves on to the next
 * millisecond. So each value is greater than the one before.
 */
final class TimeOrdered {
    /** One value: the milliseconds and the random bits, high part first (at most 16 bits used). */
    record Value(long millis, long randomHigh, long randomLow) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final int highBits;
    private long millis = -1;
    private long high;
    private long low;

    TimeOrdered(int randomBits) {
        this.highBits = randomBits - 64;
    }

    /** Sets the state, so that a test can reach an overflow without counting 2^74 times. */
    synchronized void forceForTest(long millis, long high, long low) {
        this.millis = millis;
        this.high = high;
        this.low = low;
    }

    Value next() {
        return next(System.currentTimeMillis());
    }

    synchronized Value next(long now) {
        if (now > millis) {
            millis = now;
            high = RANDOM.nextInt() & ((1 << highBits) - 1);
            low = RANDOM.nextLong();
        } else {
            low++;
            if (low == 0) {
                high++;
                if (high == 1L << highBits) {
                    // Every value of this millisecond is taken: borrow the next one.
                    millis++;
                    high = 0;
                }
            }
        }
        if (millis >= 1L << 48) {
            throw new IllegalStateException("the clock is past what a 48-bit millisecond timestamp holds");
        }
        return new Value(millis, high, low);
    }
}
