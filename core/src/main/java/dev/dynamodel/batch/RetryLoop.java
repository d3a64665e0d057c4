package dev.dynamodel.batch;

import dev.dynamodel.RetryPolicy;
import dev.dynamodel.exception.DynamoRequestException;
import dev.dynamodel.internal.Futures;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one chunk until DynamoDB has processed all of it or the {@link RetryPolicy} gives up:
 * after each request only what came back unprocessed is sent again, and a throttled request is
 * sent again whole, each time after a backoff with full jitter. Any other failure ends the loop
 * at once: retrying a request DynamoDB refuses for what it is would fail the same way.
 *
 * <p>The loop is a plan over futures, written once for both faces: the blocking face gives it an
 * {@link Attempt} whose futures are complete when returned and a {@link Pause} that sleeps on the
 * batch's own thread, and joins it; the asynchronous face gives it the async client's futures and a
 * pause that is scheduled, so no thread waits out a backoff.
 */
final class RetryLoop {
    private RetryLoop() {
    }

    /**
     * One request: sends {@code pending} as attempt {@code number} of the chunk (1 for the first;
     * request listeners hear it) and completes with what DynamoDB left unprocessed, in order.
     */
    @FunctionalInterface
    interface Attempt<P> {
        CompletableFuture<List<P>> send(List<P> pending, int number);
    }

    /** Waits out a backoff: completes with true after {@code delay}, or false if the wait was interrupted. */
    @FunctionalInterface
    interface Pause {
        CompletableFuture<Boolean> after(Duration delay);
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

    /**
     * The chunk's outcome. The future fails only for a failure that is not a {@link DynamoRequestException}
     * (a broken invariant, a runtime without the client): that ends the whole call, as it would a blocking one.
     */
    static <P> CompletableFuture<Outcome<P>> run(List<P> chunk, RetryPolicy policy, BatchStats stats,
                                                 Attempt<P> attempt, Pause pause) {
        return attempt(chunk, 1, policy, stats, attempt, pause);
    }

    private static <P> CompletableFuture<Outcome<P>> attempt(List<P> pending, int number, RetryPolicy policy,
                                                             BatchStats stats, Attempt<P> attempt, Pause pause) {
        stats.sent(number > 1);
        return Futures.attempt(() -> attempt.send(pending, number)).handle((left, error) -> {
            if (error == null) {
                stats.processed(pending.size() - left.size());
                return left.isEmpty() ? CompletableFuture.completedFuture(new Outcome<P>(List.of(), number, null))
                        : retry(left, number, null, policy, stats, attempt, pause);
            }
            Throwable cause = Futures.cause(error);
            if (!(cause instanceof DynamoRequestException refused)) {
                return CompletableFuture.<Outcome<P>>failedFuture(cause);
            }
            if (!Throttling.is(refused)) {
                return CompletableFuture.completedFuture(new Outcome<>(pending, number, (RuntimeException) refused));
            }
            stats.throttled();
            return retry(pending, number, refused, policy, stats, attempt, pause);
        }).thenCompose(next -> next);
    }

    private static <P> CompletableFuture<Outcome<P>> retry(List<P> pending, int number, RuntimeException failure,
                                                           RetryPolicy policy, BatchStats stats, Attempt<P> attempt,
                                                           Pause pause) {
        if (number >= policy.maxAttempts()) {
            return CompletableFuture.completedFuture(new Outcome<>(pending, number, failure));
        }
        return pause.after(policy.delay(number)).thenCompose(waited -> waited
                ? attempt(pending, number + 1, policy, stats, attempt, pause)
                : CompletableFuture.completedFuture(new Outcome<>(pending, number, new BatchInterruptedException())));
    }
}
