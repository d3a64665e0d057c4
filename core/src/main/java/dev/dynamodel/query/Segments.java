package dev.dynamodel.query;

import dev.dynamodel.internal.Futures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs a plan per segment of an asynchronous parallel scan, a bounded number at a time, and gives
 * their results in segment order: what the blocking parallel scan does with its pool of threads,
 * done with chains of futures. The first failure fails the whole and starts no further segment.
 */
final class Segments<R> {
    private final int segments;
    private final IntFunction<CompletableFuture<R>> work;
    private final Object[] results;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final CompletableFuture<List<R>> all = new CompletableFuture<>();

    private Segments(int segments, IntFunction<CompletableFuture<R>> work) {
        this.segments = segments;
        this.work = work;
        this.results = new Object[segments];
    }

    /** The results of {@code work} for segments 0 to {@code segments - 1}, at most {@code parallelism} running at once. */
    static <R> CompletableFuture<List<R>> each(int segments, int parallelism, IntFunction<CompletableFuture<R>> work) {
        Segments<R> run = new Segments<>(segments, work);
        for (int chain = 0; chain < Math.min(segments, parallelism); chain++) {
            run.startNext();
        }
        return run.all;
    }

    /**
     * Starts the next segment on this chain. A plan that is complete at once (it failed before
     * sending) is taken in the loop, so a chain does not grow the stack.
     */
    private void startNext() {
        while (!all.isDone()) {
            int number = next.getAndIncrement();
            if (number >= segments) {
                return;
            }
            CompletableFuture<R> part = Futures.attempt(() -> work.apply(number));
            if (!part.isDone()) {
                part.whenComplete((value, failure) -> {
                    if (record(number, value, failure)) {
                        startNext();
                    }
                });
                return;
            }
            R value = null;
            Throwable failure = null;
            try {
                value = part.join();
            } catch (RuntimeException e) {
                failure = e;
            }
            if (!record(number, value, failure)) {
                return;
            }
        }
    }

    /** Takes a segment's outcome in; whether the chain goes on. */
    @SuppressWarnings("unchecked")
    private boolean record(int number, R value, Throwable failure) {
        if (failure != null) {
            all.completeExceptionally(Futures.cause(failure));
            return false;
        }
        results[number] = value;
        if (finished.incrementAndGet() == segments) {
            all.complete(new ArrayList<>((List<R>) Arrays.asList(results)));
        }
        return true;
    }
}
