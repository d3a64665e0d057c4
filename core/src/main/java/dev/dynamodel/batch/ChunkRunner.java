package dev.dynamodel.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a call's chunks with at most {@code concurrency} in flight, on threads of its own that end
 * with the call, and returns one result per chunk in chunk order. If the calling thread is
 * interrupted, chunks not started yet are not started: they get {@code notRun}'s result, so the
 * caller can still account for every item.
 */
final class ChunkRunner {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private ChunkRunner() {
    }

    static <C, R> List<R> run(List<C> chunks, int concurrency, Function<C, R> work, Function<C, R> notRun) {
        if (concurrency <= 1 || chunks.size() <= 1) {
            return sequentially(chunks, work, notRun);
        }
        int threads = Math.min(concurrency, chunks.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        List<Future<R>> futures = new ArrayList<>(chunks.size());
        for (C chunk : chunks) {
            futures.add(pool.submit(() -> work.apply(chunk)));
        }
        pool.shutdown();
        List<R> results = new ArrayList<>(chunks.size());
        boolean interrupted = false;
        try {
            for (int i = 0; i < futures.size(); i++) {
                while (true) {
                    try {
                        results.add(futures.get(i).get());
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                        // Chunks still queued never run; running ones see the interrupt and stop retrying.
                        pool.shutdownNow().forEach(queued -> ((Future<?>) queued).cancel(false));
                    } catch (CancellationException e) {
                        results.add(notRun.apply(chunks.get(i)));
                        break;
                    } catch (ExecutionException e) {
                        pool.shutdownNow();
                        throw rethrow(e.getCause());
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return results;
    }

    private static <C, R> List<R> sequentially(List<C> chunks, Function<C, R> work, Function<C, R> notRun) {
        List<R> results = new ArrayList<>(chunks.size());
        for (C chunk : chunks) {
            results.add(Thread.currentThread().isInterrupted() ? notRun.apply(chunk) : work.apply(chunk));
        }
        return results;
    }

    private static ThreadFactory daemonThreads() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "dynamodel-batch-" + pool + "-" + count.incrementAndGet());
            // Daemon threads: a batch abandoned by an exception must not keep the JVM alive.
            thread.setDaemon(true);
            return thread;
        };
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
