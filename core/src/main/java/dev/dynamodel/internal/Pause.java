package dev.dynamodel.internal;

import dev.dynamodel.exception.DynamodelException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Waits between two polls of a table. The blocking face sleeps on the caller's thread (the plan's
 * futures are complete when returned); the asynchronous face schedules the next step, so that no
 * thread, and never an SDK thread, waits it out. Not an API.
 */
@FunctionalInterface
public interface Pause {

    CompletableFuture<Void> after(Duration delay);

    /** Sleeps on the caller's thread; an interrupt ends the wait with a failure and keeps the flag set. */
    static Pause sleeping() {
        return delay -> {
            try {
                Thread.sleep(delay.toMillis());
                return CompletableFuture.completedFuture(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CompletableFuture.failedFuture(new DynamodelException("interrupted while waiting for a table", e));
            }
        };
    }

    /** Schedules on {@code scheduler}, or by default on {@code CompletableFuture.delayedExecutor} over the common pool. */
    static Pause scheduled(Optional<ScheduledExecutorService> scheduler) {
        return delay -> {
            CompletableFuture<Void> waited = new CompletableFuture<>();
            Runnable wake = () -> waited.complete(null);
            try {
                if (scheduler.isPresent()) {
                    scheduler.get().schedule(wake, delay.toNanos(), TimeUnit.NANOSECONDS);
                } else {
                    CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS, ForkJoinPool.commonPool())
                            .execute(wake);
                }
            } catch (RuntimeException e) {
                waited.completeExceptionally(e); // a scheduler shut down: the wait fails rather than hanging
            }
            return waited;
        };
    }
}
