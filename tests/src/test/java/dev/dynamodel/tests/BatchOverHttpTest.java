package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocal;
import dev.dynamodel.local.LocalServer;
import dev.dynamodel.tests.entities.Movie;
import dev.dynamodel.tests.entities.MovieModel;
import dev.dynamodel.tests.entities.MovieSchema;
import dev.dynamodel.transaction.TransactionCancelledException;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Batches and transactions over DynamoDB Local's HTTP server, where the SDK really serializes the
 * requests and parses unprocessed items and cancellation reasons from JSON.
 */
class BatchOverHttpTest {

    @Test
    void batchWriteGetAndACancelledTransaction_overHttp() {
        try (LocalServer server = DynamoLocal.server(); Dynamo dynamo = server.dynamo()) {
            MovieModel movies = MovieModel.of(dynamo);
            movies.createTable();
            List<Movie> sixty = IntStream.range(0, 60).mapToObj(i -> new Movie(2000, "Http " + i, null)).toList();

            assertEquals(60, dynamo.batchWrite().putAll(movies, sixty).execute().written());
            assertEquals(sixty, dynamo.batchGet()
                    .getAll(movies, sixty.stream().map(MovieSchema.INSTANCE::keyOf).toList()).execute().found(movies));

            TransactionCancelledException e = assertThrows(TransactionCancelledException.class, () -> dynamo
                    .writeTransaction()
                    .put(movies, new Movie(2000, "Http new", null))
                    .create(movies, sixty.get(3))
                    .execute());
            assertEquals(List.of("None", "ConditionalCheckFailed"), e.reasons().stream()
                    .map(TransactionCancelledException.Reason::code).toList());
            assertEquals(Optional.of(sixty.get(3)), e.reasons().get(1).current(MovieSchema.INSTANCE));
            assertEquals(Optional.empty(), movies.get(2000, "Http new"));
            movies.deleteTable();
        }
    }
}
