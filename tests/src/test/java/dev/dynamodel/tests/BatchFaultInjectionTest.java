package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.RetryPolicy;
import dev.dynamodel.batch.BatchGetResult;
import dev.dynamodel.batch.BatchWriteException;
import dev.dynamodel.batch.BatchWriteResult;
import dev.dynamodel.batch.UnwrittenItem;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.local.FaultInjectingClient;
import dev.dynamodel.tests.entities.Movie;
import dev.dynamodel.tests.entities.MovieModel;
import dev.dynamodel.tests.entities.MovieSchema;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Batch writes and gets through a client that throttles and leaves items unprocessed on purpose:
 * every item ends up written exactly once, and when retries run out the exception names exactly
 * the items missing from the table.
 */
@ExtendWith(DynamoLocalExtension.class)
class BatchFaultInjectionTest {
    private static final RetryPolicy QUICK = RetryPolicy.of(20, Duration.ofMillis(2), Duration.ofMillis(50));

    /** A fresh table per test, so counts cover only that test's items. */
    private static MovieModel freshTable(Dynamo dynamo, String name) {
        Dynamo prefixed = Dynamo.builder(dynamo.client()).tablePrefix(dynamo.tablePrefix() + name + "_").build();
        MovieModel movies = MovieModel.of(prefixed);
        movies.createTable();
        return movies;
    }

    private static Dynamo faulty(MovieModel movies, FaultInjectingClient client, RetryPolicy policy) {
        return Dynamo.builder(client).tablePrefix(movies.dynamo().tablePrefix()).retryPolicy(policy).build();
    }

    private static List<Movie> generated(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Movie(1900 + i % 120, "Generated " + i, null)).toList();
    }

    private static Set<Map<String, AttributeValue>> storedKeys(MovieModel movies) {
        return movies.scan().stream().map(MovieSchema.INSTANCE::keyOf).collect(Collectors.toSet());
    }

    @Test
    void tenThousandItems_under30PercentUnprocessedAnd10PercentThrottling_areAllWrittenOnce(Dynamo dynamo) {
        MovieModel movies = freshTable(dynamo, "tenk");
        FaultInjectingClient client = FaultInjectingClient.builder(movies.dynamo().client())
                .unprocessedShare(0.3).throttleShare(0.1).seed(42).build();
        Dynamo flaky = faulty(movies, client, QUICK);
        List<Movie> items = generated(10_000);

        BatchWriteResult result = flaky.batchWrite().putAll(movies, items).concurrency(4).execute();

        assertEquals(10_000, result.written());
        assertEquals(400 + result.retries(), result.requests());
        assertTrue(result.throttled() > 0 && client.heldBackItems() > 0, "faults were injected");
        assertEquals(client.throttledCalls(), result.throttled());
        assertEquals(10_000, movies.scan().count(), "Select.COUNT scan");
        assertEquals(items.stream().map(MovieSchema.INSTANCE::keyOf).collect(Collectors.toSet()), storedKeys(movies));

        BatchGetResult read = flaky.batchGet().getAll(movies, items.stream().map(MovieSchema.INSTANCE::keyOf).toList())
                .execute();
        assertEquals(items, read.found(movies), "every item reads back as written, in order");
        assertTrue(read.requests() > 100, "unprocessed and throttled gets were retried: " + read.requests());
        System.out.printf("fault injection: %d writes in %d requests (%d retries, %d throttled, %d items held back) in %d ms;"
                        + " read back in %d requests%n", result.written(), result.requests(), result.retries(),
                result.throttled(), client.heldBackItems(), result.elapsed().toMillis(), read.requests());
    }

    @Test
    void whenRetriesRunOut_theExceptionListsExactlyTheItemsMissingFromTheTable(Dynamo dynamo) {
        MovieModel movies = freshTable(dynamo, "exhaust");
        FaultInjectingClient client = FaultInjectingClient.builder(movies.dynamo().client())
                .unprocessedShare(0.5).throttleShare(0.2).seed(7).build();
        Dynamo flaky = faulty(movies, client, QUICK.withMaxAttempts(2));
        List<Movie> items = generated(2_000);

        BatchWriteException e = assertThrows(BatchWriteException.class,
                () -> flaky.batchWrite().putAll(movies, items).execute());

        Set<Map<String, AttributeValue>> missing = new HashSet<>(items.stream().map(MovieSchema.INSTANCE::keyOf).toList());
        missing.removeAll(storedKeys(movies));
        Set<Map<String, AttributeValue>> reported = e.unwritten().stream().map(UnwrittenItem::key).collect(Collectors.toSet());
        assertFalse(missing.isEmpty(), "with two attempts some items must be left over");
        assertEquals(missing, reported);
        assertEquals(e.unwritten().size(), reported.size(), "each item is listed once");
        assertEquals(2_000 - missing.size(), e.result().written());
        assertEquals(2_000 - missing.size(), movies.scan().count());
        assertTrue(e.unwritten().stream().anyMatch(u -> u.reason().startsWith("throttled")), "some were throttled twice");
        assertTrue(e.unwritten().stream().anyMatch(u -> u.reason().startsWith("still unprocessed after 2 attempts")));
        assertEquals(e.unwritten().stream().map(u -> (Movie) u.entity()).toList(), e.unwrittenEntities(movies));

        // The listed items are what a caller writes again to finish the job.
        flaky.batchWrite().putAll(movies, e.unwrittenEntities(movies)).retryPolicy(QUICK).execute();
        assertEquals(2_000, movies.scan().count());
    }

    @Test
    void noRetry_reportsEveryUnprocessedItem_andWritesTheRest(Dynamo dynamo) {
        MovieModel movies = freshTable(dynamo, "noretry");
        FaultInjectingClient client = FaultInjectingClient.builder(movies.dynamo().client())
                .unprocessedShare(1.0).heldBackShare(0.2).seed(3).build();
        Dynamo flaky = faulty(movies, client, RetryPolicy.noRetry());

        BatchWriteException e = assertThrows(BatchWriteException.class,
                () -> flaky.batchWrite().putAll(movies, generated(100)).concurrency(1).execute());

        assertEquals(client.heldBackItems(), e.unwritten().size());
        assertEquals(100 - e.unwritten().size(), movies.scan().count());
        assertEquals(4, e.result().requests());
        assertEquals(Optional.empty(), movies.get(((Movie) e.unwritten().get(0).entity()).year(),
                ((Movie) e.unwritten().get(0).entity()).title()));
    }
}
