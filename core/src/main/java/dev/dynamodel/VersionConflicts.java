package dev.dynamodel;

import dev.dynamodel.exception.VersionConflictException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Repeats a read-modify-write until it does not conflict, a bounded number of times, with a short
 * random pause between attempts so that competing writers spread out.
 *
 * <pre>{@code
 * Counter saved = VersionConflicts.retry(10, () -> {
 *     Counter c = counters.get("hits").orElseThrow();
 *     return counters.save(c.withValue(c.value() + 1));
 * });
 * }</pre>
 */
public final class VersionConflicts {
    private VersionConflicts() {
    }

    /**
     * Runs {@code work}, again after each {@link VersionConflictException}, at most
     * {@code maxAttempts} times in all; the last conflict is rethrown.
     */
    public static <R> R retry(int maxAttempts, Supplier<R> work) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (VersionConflictException e) {
                if (attempt >= maxAttempts) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        long ceilingMillis = Math.min(50, 1L << Math.min(attempt, 5));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceilingMillis + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted between retries", e);
        }
    }
}
