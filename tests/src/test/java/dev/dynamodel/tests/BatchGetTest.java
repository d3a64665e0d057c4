package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.batch.BatchGetResult;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.tests.entities.Counter;
import dev.dynamodel.tests.entities.CounterModel;
import dev.dynamodel.tests.entities.CounterSchema;
import dev.dynamodel.tests.entities.Movie;
import dev.dynamodel.tests.entities.MovieInfo;
import dev.dynamodel.tests.entities.MovieModel;
import dev.dynamodel.tests.entities.MovieSchema;
import dev.dynamodel.tests.support.Face;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;

/**
 * Batch gets against DynamoDB Local: key order, missing keys, duplicates, chunks of 100, several
 * models, 16 MB pages; each read case on both faces ({@link Face}).
 */
@ExtendWith(DynamoLocalExtension.class)
class BatchGetTest {

    @BeforeAll
    static void data(Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        movies.createTableIfNotExists();
        CounterModel.of(dynamo).createTableIfNotExists();
        dynamo.batchWrite().putAll(movies, IntStream.range(0, 250).mapToObj(i -> new Movie(4000, "M" + i, null)).toList())
                .execute();
    }

    private static Map<String, AttributeValue> key(int i) {
        return MovieSchema.INSTANCE.key(4000, "M" + i);
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void results_followTheOrderOfTheKeys_withMissingKeysMarked(Face face, Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        List<Map<String, AttributeValue>> keys = List.of(key(42), MovieSchema.INSTANCE.key(4000, "nope"), key(7), key(199),
                MovieSchema.INSTANCE.key(1, "also nope"));

        BatchGetResult result = face.execute(dynamo.batchGet().getAll(movies, keys));

        assertEquals(List.of(Optional.of(new Movie(4000, "M42", null)), Optional.empty(),
                Optional.of(new Movie(4000, "M7", null)), Optional.of(new Movie(4000, "M199", null)), Optional.empty()),
                result.get(movies));
        assertEquals(List.of("M42", "M7", "M199"), result.found(movies).stream().map(Movie::title).toList());
        assertEquals(List.of(keys.get(1), keys.get(4)), result.missing(movies));
        assertEquals(Optional.of(new Movie(4000, "M7", null)), result.get(movies, key(7)));
        assertEquals(List.of(), result.unread(movies));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void duplicateKeys_areSentOnce_butAnsweredAtEachPosition(Face face, Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        List<Map<String, AttributeValue>> keys = List.of(key(1), key(2), key(1), key(1));

        List<BatchGetItemRequest> requests = dynamo.batchGet().getAll(movies, keys).requests();
        assertEquals(1, requests.size());
        assertEquals(2, requests.get(0).requestItems().get(movies.tableName()).keys().size());

        BatchGetResult result = face.execute(dynamo.batchGet().getAll(movies, keys));
        assertEquals(List.of("M1", "M2", "M1", "M1"), result.found(movies).stream().map(Movie::title).toList());
        assertEquals(4, result.size());
        assertEquals(2, result.foundCount());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void moreThan100Keys_areSplitIntoRequestsOf100(Face face, Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = 249; i >= 0; i--) {
            keys.add(key(i));
        }

        assertEquals(List.of(100, 100, 50), dynamo.batchGet().getAll(movies, keys).requests().stream()
                .map(r -> r.requestItems().get(movies.tableName()).keys().size()).toList());
        BatchGetResult result = face.execute(dynamo.batchGet().getAll(movies, keys));

        assertEquals(3, result.requests());
        List<String> titles = result.found(movies).stream().map(Movie::title).toList();
        assertEquals(IntStream.iterate(249, i -> i >= 0, i -> i - 1).mapToObj(i -> "M" + i).toList(), titles);
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void severalModels_inOneCall_eachGetTheirOwnTypedResults(Face face, Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        CounterModel counters = CounterModel.of(dynamo);
        counters.create(new Counter(face.id("bg-1"), 5, null, null));

        BatchGetResult result = face.execute(dynamo.batchGet()
                .get(counters, CounterSchema.INSTANCE.key(face.id("bg-1")))
                .get(movies, key(3))
                .get(counters, CounterSchema.INSTANCE.key("bg-missing"))
                .consistentRead());

        assertEquals(List.of(Optional.of(new Counter(face.id("bg-1"), 5, null, 1L)), Optional.empty()),
                result.get(counters));
        assertEquals(List.of(new Movie(4000, "M3", null)), result.found(movies));
        assertEquals(1, result.requests(), "both tables go into one request");
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void aNumberKeyWrittenDifferently_stillMatchesTheItemReturned(Face face, Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        Map<String, AttributeValue> key = Map.of("year", AttributeValue.fromN("4000.00"), "title", AttributeValue.fromS("M5"));

        BatchGetResult result = face.execute(dynamo.batchGet().get(movies, key));

        assertEquals(List.of(Optional.of(new Movie(4000, "M5", null))), result.get(movies));
        assertEquals(List.of(), result.missing(movies));
    }

    @Test
    void aKeyWithoutTheRangeKey_isRefusedWhenAdded(Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> dynamo.batchGet().get(movies, Map.of("year", AttributeValue.fromN("4000"))));
        assertTrue(e.getMessage().contains("must have exactly the attributes [year, title]"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void itemsBeyond16MegabytesPerResponse_areFetchedByFollowUpRequests(Face face, Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        // 60 items of about 350 KB: 21 MB, more than one BatchGetItem response may carry.
        String plot = "x".repeat(350 * 1024);
        List<Movie> large = IntStream.range(0, 60)
                .mapToObj(i -> new Movie(4001 + face.offset(), "Large " + i, new MovieInfo(null, null, null, null, null, plot, i, null, null)))
                .toList();
        face.execute(dynamo.batchWrite().putAll(movies, large));

        BatchGetResult result = face.execute(dynamo.batchGet()
                .getAll(movies, large.stream().map(MovieSchema.INSTANCE::keyOf).toList()));

        assertEquals(large, result.found(movies));
        assertTrue(result.requests() >= 2, "DynamoDB returns at most 16 MB per request, so at least two were needed, got "
                + result.requests());
    }
}
