package dev.dynamodel.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.internal.Futures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The asynchronous chunk runner with futures the test completes, instead of DynamoDB. */
class ChunkRunnerTest {

    @Test
    void runAsync_keepsAtMostConcurrencyChunksInFlight_andReturnsResultsInChunkOrder() {
        List<Integer> chunks = IntStream.range(0, 10).boxed().toList();
        List<CompletableFuture<String>> started = new ArrayList<>();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();

        CompletableFuture<List<String>> all = ChunkRunner.runAsync(chunks, 3, chunk -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            CompletableFuture<String> future = new CompletableFuture<>();
            started.add(future);
            return future.whenComplete((r, e) -> inFlight.decrementAndGet());
        });

        assertEquals(3, started.size(), "three started, the rest wait");
        // Complete out of order: the last started first.
        while (!all.isDone()) {
            int last = started.size() - 1;
            for (int i = last; i >= 0; i--) {
                if (!started.get(i).isDone()) {
                    started.get(i).complete("r" + i);
                    break;
                }
            }
        }
        assertEquals(IntStream.range(0, 10).mapToObj(i -> "r" + i).toList(), all.join());
        assertEquals(3, most.get());
    }

    @Test
    void runAsync_withFuturesCompleteAtOnce_runsOneHundredThousandChunksWithoutDeepStacks() {
        List<Integer> chunks = IntStream.range(0, 100_000).boxed().toList();
        List<Integer> results = ChunkRunner.runAsync(chunks, 1, CompletableFuture::completedFuture).join();
        assertEquals(chunks, results);
    }

    @Test
    void runAsync_afterAFailure_startsNoFurtherChunk_andFailsWithTheCauseItself() {
        IllegalStateException broken = new IllegalStateException("broken");
        AtomicInteger calls = new AtomicInteger();
        CompletableFuture<List<Integer>> all = ChunkRunner.runAsync(List.of(1, 2, 3), 1, chunk -> {
            calls.incrementAndGet();
            return CompletableFuture.failedFuture(broken);
        });
        assertSame(broken, Futures.cause(assertThrows(CompletionException.class, all::join)));
        assertEquals(1, calls.get());
        assertTrue(ChunkRunner.runAsync(List.<Integer>of(), 4, CompletableFuture::completedFuture).join().isEmpty());
    }
}
