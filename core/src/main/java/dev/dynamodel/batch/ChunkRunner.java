package dev.dynamodel.batch;

import dev.dynamodel.internal.Futures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Runs a call's chunks with at most {@code concurrency} in flight and returns one result per chunk
 * in chunk order. The blocking face ({@link #run}) uses threads of its own that end with the call;
 * if the calling thread is interrupted, chunks not started yet are not started: they get
 * {@code notRun}'s result, so the caller can still account for every item. The asynchronous face
 * ({@link #runAsync}) uses no thread: it keeps {@code concurrency} chains of futures going, each
 * starting the next chunk when its last one completes.
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

    /**
     * The chunks' results once all are done, or the first failure of a chunk's future (after
     * which no further chunk is started, as the blocking face stops its pool).
     */
    static <C, R> CompletableFuture<List<R>> runAsync(List<C> chunks, int concurrency,
                                                      Function<C, CompletableFuture<R>> work) {
        if (chunks.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        Lanes<C, R> lanes = new Lanes<>(chunks, work);
        for (int lane = 0; lane < Math.min(Math.max(concurrency, 1), chunks.size()); lane++) {
            lanes.startNext();
        }
        return lanes.done;
    }

    /** The state shared by the chains of one asynchronous call. */
    private static final class Lanes<C, R> {
        private final List<C> chunks;
        private final Function<C, CompletableFuture<R>> work;
        private final AtomicReferenceArray<R> results;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger finished = new AtomicInteger();
        private final CompletableFuture<List<R>> done = new CompletableFuture<>();

        Lanes(List<C> chunks, Function<C, CompletableFuture<R>> work) {
            this.chunks = chunks;
            this.work = work;
            this.results = new AtomicReferenceArray<>(chunks.size());
        }

        void startNext() {
            // A loop, not recursion, over chunks whose futures complete at once (a client that answers
            // on the calling thread): thousands of chunks must not pile up stack frames.
            while (true) {
                int index = next.getAndIncrement();
                if (index >= chunks.size() || done.isDone()) {
                    return;
                }
                CompletableFuture<R> chunk = Futures.attempt(() -> work.apply(chunks.get(index)));
                if (!chunk.isDone()) {
                    chunk.whenComplete((result, failure) -> {
                        if (finished(index, result, failure)) {
                            startNext();
                        }
                    });
                    return;
                }
                R result;
                try {
                    result = chunk.join();
                } catch (RuntimeException failure) {
                    finished(index, null, failure);
                    return;
                }
                if (!finished(index, result, null)) {
                    return;
                }
            }
        }

        /** Records a chunk's end; true if another chunk should be started on this chain. */
        private boolean finished(int index, R result, Throwable failure) {
            if (failure != null) {
                done.completeExceptionally(Futures.cause(failure));
                return false;
            }
            results.set(index, result);
            if (finished.incrementAndGet() == chunks.size()) {
                List<R> all = new ArrayList<>(chunks.size());
                for (int i = 0; i < chunks.size(); i++) {
                    all.add(results.get(i));
                }
                done.complete(all);
                return false;
            }
            return true;
        }
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
