package dev.dynamodel.batch;

import dev.dynamodel.Dynamo;
import dev.dynamodel.internal.Futures;
import dev.dynamodel.internal.Sender;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * What differs between the two faces of a batch call, and nothing else: the {@link Sender}, how a
 * backoff is waited out, and how chunks run side by side. Everything a batch decides (chunks,
 * checks, retries, the unwritten list, progress) is written once over the futures this gives.
 */
final class Sending {
    private final Sender sender;
    private final RetryLoop.Pause pause;
    private final boolean blocking;

    private Sending(Sender sender, RetryLoop.Pause pause, boolean blocking) {
        this.sender = sender;
        this.pause = pause;
        this.blocking = blocking;
    }

    /**
     * Through the runtime's blocking sender, chunks on threads of the call's own, each sleeping out
     * its backoffs. Without a {@code DynamoDbClient}, each request fails with an {@link IllegalStateException}.
     */
    static Sending blocking(Dynamo dynamo) {
        return new Sending(dynamo.sender(), Sending::sleep, true);
    }

    /**
     * Through the runtime's asynchronous sender; a backoff is a task scheduled on the runtime's
     * retry scheduler, or by default on {@link CompletableFuture#delayedExecutor} handing over to the
     * common pool (daemon threads both): no thread waits it out.
     */
    static Sending async(Dynamo dynamo) {
        Sender sender = dynamo.asyncSender();
        return new Sending(sender, dynamo.retryScheduler().<RetryLoop.Pause>map(Sending::scheduledOn)
                .orElse(Sending::delayed), false);
    }

    Sender sender() {
        return sender;
    }

    RetryLoop.Pause pause() {
        return pause;
    }

    /** Every chunk's result in chunk order; see {@link ChunkRunner}. */
    <C, R> CompletableFuture<List<R>> run(List<C> chunks, int concurrency, Function<C, CompletableFuture<R>> work,
                                          Function<C, R> notRun) {
        if (!blocking) {
            return ChunkRunner.runAsync(chunks, concurrency, work);
        }
        return Futures.attempt(() -> CompletableFuture.completedFuture(
                ChunkRunner.run(chunks, concurrency, chunk -> Futures.join(work.apply(chunk)), notRun)));
    }

    /** The blocking face's pause: on the batch's own thread, which an interrupt stops. */
    static CompletableFuture<Boolean> sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis(), (int) (delay.toNanos() % 1_000_000));
            return CompletableFuture.completedFuture(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.completedFuture(false);
        }
    }

    private static CompletableFuture<Boolean> delayed(Duration delay) {
        CompletableFuture<Boolean> waited = new CompletableFuture<>();
        // The common pool explicitly: with one core CompletableFuture's default would start a thread per task.
        CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS, ForkJoinPool.commonPool())
                .execute(() -> waited.complete(true));
        return waited;
    }

    private static RetryLoop.Pause scheduledOn(ScheduledExecutorService scheduler) {
        return delay -> {
            CompletableFuture<Boolean> waited = new CompletableFuture<>();
            try {
                Runnable wake = () -> waited.complete(true);
                scheduler.schedule(wake, delay.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RuntimeException e) {
                waited.completeExceptionally(e);   // a scheduler shut down: the call fails, nothing is lost silently
            }
            return waited;
        };
    }
}
