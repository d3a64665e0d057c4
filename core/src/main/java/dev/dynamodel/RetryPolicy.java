package dev.dynamodel;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How batch calls retry what DynamoDB did not do: unprocessed items and keys, and requests refused
 * by throttling ({@code ProvisionedThroughputExceededException}, {@code ThrottlingException},
 * {@code RequestLimitExceeded}). Each item is sent at most {@link #maxAttempts()} times; before
 * retry {@code n} the caller waits (an {@code executeAsync()} schedules the retry instead) a random
 * time between zero and
 * {@code min(maxDelay, baseDelay * 2^(n-1))} ("exponential backoff with full jitter"), so that
 * many writers backing off at once spread out instead of retrying in step.
 *
 * <pre>{@code
 * Dynamo dynamo = Dynamo.builder(client)
 *         .retryPolicy(RetryPolicy.of(8, Duration.ofMillis(20), Duration.ofSeconds(2)))
 *         .build();
 * }</pre>
 *
 * <p>The default, {@link #defaults()}, is 10 attempts, a 50 ms base and a 5 s cap: at most about
 * 16 seconds of waiting for an item that DynamoDB keeps refusing.
 *
 * @param maxAttempts how many times an item is sent at most (1 means no retry)
 * @param baseDelay the ceiling of the first wait
 * @param maxDelay the highest ceiling of any wait
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {
    private static final RetryPolicy DEFAULTS = new RetryPolicy(10, Duration.ofMillis(50), Duration.ofSeconds(5));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (baseDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("Retry delays must not be negative: base " + baseDelay + ", cap " + maxDelay);
        }
        if (maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("The retry delay cap " + maxDelay + " is below the base delay " + baseDelay);
        }
    }

    /** 10 attempts, 50 ms base delay, 5 s cap. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** A policy with these limits. */
    public static RetryPolicy of(int maxAttempts, Duration baseDelay, Duration maxDelay) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay);
    }

    /** One attempt and no retry: whatever DynamoDB leaves unprocessed is reported at once. */
    public static RetryPolicy noRetry() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    /** The same delays with another number of attempts. */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, baseDelay, maxDelay);
    }

    /** The ceiling of the wait before retry {@code retry} (1 for the first retry). */
    public Duration ceiling(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry counts from 1, not " + retry);
        }
        long base = baseDelay.toNanos();
        long cap = maxDelay.toNanos();
        // Shifting past 62 bits overflows; long before that the cap applies anyway.
        int shift = Math.min(retry - 1, 62);
        long ceiling = base > (cap >> shift) ? cap : base << shift;
        return Duration.ofNanos(Math.min(ceiling, cap));
    }

    /** A random wait for retry {@code retry}: uniform between zero and {@link #ceiling(int)}. */
    public Duration delay(int retry) {
        long ceiling = ceiling(retry).toNanos();
        return Duration.ofNanos(ceiling == 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1));
    }
}
