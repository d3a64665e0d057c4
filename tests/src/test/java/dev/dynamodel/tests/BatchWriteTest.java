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
import dev.dynamodel.tests.entities.CounterSchema;
import dev.dynamodel.tests.entities.Movie;
import dev.dynamodel.tests.entities.MovieModel;
import dev.dynamodel.tests.entities.MovieSchema;
import dev.dynamodel.tests.support.Counted;
import dev.dynamodel.tests.support.Face;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;

/**
 * Batch writes against DynamoDB Local: chunking, mixed operations across models, checks before
 * sending, progress. Each case runs on both faces ({@link Face}): {@code execute()} and
 * {@code executeAsync()}.
 */
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

    @ParameterizedTest
    @EnumSource(Face.class)
    void putAll_ofSixtyItems_sendsRequestsOfAtMost25_andWritesEveryItem(Face face, Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        int year = 3001 + face.offset();
        List<Movie> sixty = movies(year, 60);

        List<BatchWriteItemRequest> planned = dynamo.batchWrite().putAll(movies, sixty).requests();
        assertEquals(List.of(25, 25, 10), planned.stream()
                .map(r -> r.requestItems().get(movies.tableName()).size()).toList());

        BatchWriteResult result = face.execute(dynamo.batchWrite().putAll(movies, sixty));

        assertEquals(60, result.written());
        assertEquals(3, result.requests());
        assertEquals(0, result.retries());
        assertEquals(60, movies.query(MovieSchema.YEAR.eq(year)).count());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void mixedPutsAndDeletes_acrossModels_areAllApplied(Face face, Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        CounterModel counters = CounterModel.of(dynamo);
        int year = 3002 + face.offset();
        movies.save(new Movie(year, "Old", null));
        movies.save(new Movie(year, "Older", null));
        counters.create(new Counter(face.id("mixed-old"), 1, null, null));

        face.execute(dynamo.batchWrite()
                .put(movies, new Movie(year, "New", null))
                .delete(movies, new Movie(year, "Old", null))
                .deleteKey(movies, MovieSchema.INSTANCE.key(year, "Older"))
                .put(counters, new Counter(face.id("mixed-new"), 7, "batch", null))
                .deleteKey(counters, CounterSchema.INSTANCE.key(face.id("mixed-old"))));

        assertEquals(List.of("New"), movies.query(MovieSchema.YEAR.eq(year)).list().stream().map(Movie::title).toList());
        assertEquals(Optional.of(new Counter(face.id("mixed-new"), 7, "batch", 1L)), counters.get(face.id("mixed-new")),
                "a versioned entity is stored with its next version, as save would store it");
        assertEquals(Optional.empty(), counters.get(face.id("mixed-old")));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void sameKeyTwice_isRefusedBeforeSending_namingBothOperations(Face face, Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        Counted counted = Counted.of(dynamo);
        int year = 3003 + face.offset();

        InvalidItemsException e = assertThrows(InvalidItemsException.class, () -> face.execute(counted.dynamo().batchWrite()
                .putAll(movies, movies(year, 30))
                .deleteKey(movies, MovieSchema.INSTANCE.key(year, "Title 4"))));

        assertEquals(1, e.problems().size());
        assertEquals(30, e.problems().get(0).index());
        assertTrue(e.getMessage().contains("same item as #4"), e.getMessage());
        assertEquals(0, counted.requests(), "nothing may be sent");
        assertEquals(0, movies.query(MovieSchema.YEAR.eq(year)).count());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void invalidItems_areAllListed_andNothingIsWritten(Face face, Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        Counted counted = Counted.of(dynamo);
        int year = 3004 + face.offset();
        List<Movie> batch = new ArrayList<>(movies(year, 40));
        batch.set(7, new Movie(year, "", null));
        batch.set(33, new Movie(year, null, null));

        InvalidItemsException e = assertThrows(InvalidItemsException.class,
                () -> face.execute(counted.dynamo().batchWrite().putAll(movies, batch)
                        .deleteKey(movies, Map.of("year", AttributeValue.fromN(Integer.toString(year))))));

        assertEquals(List.of(7, 33, 40), e.problems().stream().map(InvalidItemsException.Problem::index).toList());
        assertTrue(e.problems().get(0).message().contains("'title' of Movie must not be empty"), e.problems().get(0).message());
        assertTrue(e.problems().get(1).message().contains("must not be null"), e.problems().get(1).message());
        assertTrue(e.problems().get(2).message().contains("[year, title]"), e.problems().get(2).message());
        assertEquals(0, counted.requests());
        assertEquals(0, movies.query(MovieSchema.YEAR.eq(year)).count());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void progress_isReportedAfterEveryRequest_andEndsAtTheTotal(Face face, Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        int year = 3005 + face.offset();
        List<BatchProgress> reports = Collections.synchronizedList(new ArrayList<>());
        Set<String> threads = ConcurrentHashMap.newKeySet();

        BatchWriteResult result = face.execute(dynamo.batchWrite()
                .putAll(movies, movies(year, 500))
                .concurrency(4)
                .onProgress(p -> {
                    reports.add(p);
                    threads.add(Thread.currentThread().getName());
                }));

        assertEquals(500, result.written());
        assertEquals(20, reports.size(), "one report per request");
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i).written() > reports.get(i - 1).written(), "counts only grow");
        }
        BatchProgress last = reports.get(reports.size() - 1);
        assertEquals(new BatchProgress(500, 500, 0, 20, 0), last);
        assertEquals(1.0, last.fraction());
        if (face == Face.BLOCKING) {
            assertTrue(threads.stream().allMatch(t -> t.startsWith("dynamodel-batch-")), threads.toString());
        } else {
            assertTrue(threads.stream().noneMatch(t -> t.startsWith("dynamodel-batch-")), "no thread of our own: " + threads);
        }
        assertEquals(500, movies.query(MovieSchema.YEAR.eq(year)).count());
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

    @ParameterizedTest
    @EnumSource(Face.class)
    void emptyBatch_sendsNothing(Face face, Dynamo dynamo) {
        BatchWriteResult result = face.execute(dynamo.batchWrite());
        assertEquals(0, result.requests());
        assertEquals(0, result.written());
    }

    @Test
    void eachFace_needsItsClient_andSaysWhichIsMissing(Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        Dynamo blockingOnly = Dynamo.builder(dynamo.client()).tablePrefix(dynamo.tablePrefix()).build();
        Dynamo asyncOnly = Dynamo.builder(dynamo.asyncClient()).tablePrefix(dynamo.tablePrefix()).build();

        IllegalStateException noAsync = assertThrows(IllegalStateException.class, () -> Face.ASYNC.execute(
                blockingOnly.batchWrite().put(movies, new Movie(3007, "A", null))));
        IllegalStateException noBlocking = assertThrows(IllegalStateException.class,
                () -> asyncOnly.batchWrite().put(movies, new Movie(3007, "B", null)).execute());

        assertTrue(noAsync.getMessage().contains("DynamoDbAsyncClient"), noAsync.getMessage());
        assertTrue(noBlocking.getMessage().contains("DynamoDbClient"), noBlocking.getMessage());
        assertEquals(1, Face.ASYNC.execute(asyncOnly.batchWrite().put(movies, new Movie(3007, "C", null))).written());
        assertEquals(List.of("C"), movies.query(MovieSchema.YEAR.eq(3007)).list().stream().map(Movie::title).toList());
    }
}
