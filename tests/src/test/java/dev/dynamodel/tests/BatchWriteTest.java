package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.batch.BatchProgress;
import dev.dynamodel.batch.BatchWriteResult;
import dev.dynamodel.exception.InvalidItemsException;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.tests.entities.Counter;
import dev.dynamodel.tests.entities.CounterModel;
import dev.dynamodel.tests.entities.Movie;
import dev.dynamodel.tests.entities.MovieModel;
import dev.dynamodel.tests.entities.MovieSchema;
import dev.dynamodel.tests.support.CountingClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;

/** Batch writes against DynamoDB Local: chunking, mixed operations across models, checks before sending, progress. */
@ExtendWith(DynamoLocalExtension.class)
class BatchWriteTest {

    @BeforeAll
    static void tables(Dynamo dynamo) {
        MovieModel.of(dynamo).createTableIfNotExists();
        CounterModel.of(dynamo).createTableIfNotExists();
    }

    private static List<Movie> movies(int year, int count) {
        return IntStream.range(0, count).mapToObj(i -> new Movie(year, "Title " + i, null)).toList();
    }

    @Test
    void putAll_ofSixtyItems_sendsRequestsOfAtMost25_andWritesEveryItem(Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        List<Movie> sixty = movies(3001, 60);

        List<BatchWriteItemRequest> planned = dynamo.batchWrite().putAll(movies, sixty).requests();
        assertEquals(List.of(25, 25, 10), planned.stream()
                .map(r -> r.requestItems().get(movies.tableName()).size()).toList());

        BatchWriteResult result = dynamo.batchWrite().putAll(movies, sixty).execute();

        assertEquals(60, result.written());
        assertEquals(3, result.requests());
        assertEquals(0, result.retries());
        assertEquals(60, movies.query(MovieSchema.YEAR.eq(3001)).count());
    }

    @Test
    void mixedPutsAndDeletes_acrossModels_areAllApplied(Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        CounterModel counters = CounterModel.of(dynamo);
        movies.save(new Movie(3002, "Old", null));
        movies.save(new Movie(3002, "Older", null));
        counters.create(new Counter("mixed-old", 1, null, null));

        dynamo.batchWrite()
                .put(movies, new Movie(3002, "New", null))
                .delete(movies, new Movie(3002, "Old", null))
                .deleteKey(movies, MovieSchema.INSTANCE.key(3002, "Older"))
                .put(counters, new Counter("mixed-new", 7, "batch", null))
                .deleteKey(counters, Map.of("id", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("mixed-old")))
                .execute();

        assertEquals(List.of("New"), movies.query(MovieSchema.YEAR.eq(3002)).list().stream().map(Movie::title).toList());
        assertEquals(Optional.of(new Counter("mixed-new", 7, "batch", 1L)), counters.get("mixed-new"),
                "a versioned entity is stored with its next version, as save would store it");
        assertEquals(Optional.empty(), counters.get("mixed-old"));
    }

    @Test
    void sameKeyTwice_isRefusedBeforeSending_namingBothOperations(Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        CountingClient counting = new CountingClient(dynamo.client());
        Dynamo counted = Dynamo.builder(counting).tablePrefix(dynamo.tablePrefix()).build();

        InvalidItemsException e = assertThrows(InvalidItemsException.class, () -> counted.batchWrite()
                .putAll(movies, movies(3003, 30))
                .deleteKey(movies, MovieSchema.INSTANCE.key(3003, "Title 4"))
                .execute());

        assertEquals(1, e.problems().size());
        assertEquals(30, e.problems().get(0).index());
        assertTrue(e.getMessage().contains("same item as #4"), e.getMessage());
        assertEquals(0, counting.requests(), "nothing may be sent");
        assertEquals(0, movies.query(MovieSchema.YEAR.eq(3003)).count());
    }

    @Test
    void invalidItems_areAllListed_andNothingIsWritten(Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        CountingClient counting = new CountingClient(dynamo.client());
        Dynamo counted = Dynamo.builder(counting).tablePrefix(dynamo.tablePrefix()).build();
        List<Movie> batch = new ArrayList<>(movies(3004, 40));
        batch.set(7, new Movie(3004, "", null));
        batch.set(33, new Movie(3004, null, null));

        InvalidItemsException e = assertThrows(InvalidItemsException.class,
                () -> counted.batchWrite().putAll(movies, batch)
                        .deleteKey(movies, Map.of("year", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN("3004")))
                        .execute());

        assertEquals(List.of(7, 33, 40), e.problems().stream().map(InvalidItemsException.Problem::index).toList());
        assertTrue(e.problems().get(0).message().contains("'title' of Movie must not be empty"), e.problems().get(0).message());
        assertTrue(e.problems().get(1).message().contains("must not be null"), e.problems().get(1).message());
        assertTrue(e.problems().get(2).message().contains("[year, title]"), e.problems().get(2).message());
        assertEquals(0, counting.requests());
        assertEquals(0, movies.query(MovieSchema.YEAR.eq(3004)).count());
    }

    @Test
    void progress_isReportedAfterEveryRequest_andEndsAtTheTotal(Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        List<BatchProgress> reports = Collections.synchronizedList(new ArrayList<>());
        Set<String> threads = ConcurrentHashMap.newKeySet();

        BatchWriteResult result = dynamo.batchWrite()
                .putAll(movies, movies(3005, 500))
                .concurrency(4)
                .onProgress(p -> {
                    reports.add(p);
                    threads.add(Thread.currentThread().getName());
                })
                .execute();

        assertEquals(500, result.written());
        assertEquals(20, reports.size(), "one report per request");
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i).written() > reports.get(i - 1).written(), "counts only grow");
        }
        BatchProgress last = reports.get(reports.size() - 1);
        assertEquals(new BatchProgress(500, 500, 0, 20, 0), last);
        assertEquals(1.0, last.fraction());
        assertTrue(threads.stream().allMatch(t -> t.startsWith("dynamodel-batch-")), threads.toString());
        assertEquals(500, movies.query(MovieSchema.YEAR.eq(3005)).count());
    }

    @Test
    void concurrencyOne_sendsFromTheCallingThread(Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        dynamo.batchWrite().putAll(movies, movies(3006, 80)).concurrency(1)
                .onProgress(p -> threads.add(Thread.currentThread().getName())).execute();
        assertEquals(Set.of(Thread.currentThread().getName()), threads);
        assertEquals(80, movies.query(MovieSchema.YEAR.eq(3006)).count());
    }

    @Test
    void emptyBatch_sendsNothing(Dynamo dynamo) {
        BatchWriteResult result = dynamo.batchWrite().execute();
        assertEquals(0, result.requests());
        assertEquals(0, result.written());
    }
}
