package dev.dynamodel.batch;

import dev.dynamodel.RetryPolicy;
import dev.dynamodel.exception.DynamoRequestException;
import java.time.Duration;
import java.util.List;

/**
 * Sends one chunk until DynamoDB has processed all of it or the {@link RetryPolicy} gives up:
 * after each request only what came back unprocessed is sent again, and a throttled request is
 * sent again whole, each time after a backoff with full jitter. Any other failure ends the loop
 * at once: retrying a request DynamoDB refuses for what it is would fail the same way.
 */
final class RetryLoop {
    private RetryLoop() {
    }

    /** One request: sends {@code pending} and returns what DynamoDB left unprocessed, in order. */
    @FunctionalInterface
    interface Attempt<P> {
        List<P> send(List<P> pending);
    }

    /**
     * How a chunk ended.
     *
     * @param left what was not processed: empty when all was
     * @param attempts the requests sent for the chunk
     * @param failure why the rest was given up on: null if the attempts ran out while DynamoDB
     *                kept returning items unprocessed, else the refusal (throttling included)
     */
    record Outcome<P>(List<P> left, int attempts, RuntimeException failure) {
    }

    static <P> Outcome<P> run(List<P> chunk, RetryPolicy policy, BatchStats stats, Attempt<P> attempt) {
        List<P> pending = chunk;
        for (int number = 1; ; number++) {
            RuntimeException failure = null;
            int before = pending.size();
            stats.sent(number > 1);
            try {
                pending = attempt.send(pending);
                stats.processed(before - pending.size());
                if (pending.isEmpty()) {
                    return new Outcome<>(List.of(), number, null);
                }
            } catch (DynamoRequestException e) {
                if (!Throttling.is(e)) {
                    return new Outcome<>(pending, number, e);
                }
                stats.throttled();
                failure = e;
            }
            if (number >= policy.maxAttempts()) {
                return new Outcome<>(pending, number, failure);
            }
            if (!pause(policy.delay(number))) {
                return new Outcome<>(pending, number, new BatchInterruptedException());
            }
        }
    }

    private static boolean pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis(), (int) (delay.toNanos() % 1_000_000));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
