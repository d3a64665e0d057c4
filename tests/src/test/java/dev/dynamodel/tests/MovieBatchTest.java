package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamodel.Dynamo;
import dev.dynamodel.batch.BatchGetResult;
import dev.dynamodel.batch.BatchWriteResult;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.tests.entities.Movie;
import dev.dynamodel.tests.entities.MovieModel;
import dev.dynamodel.tests.entities.MovieSchema;
import dev.dynamodel.tests.support.MovieData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The whole sample data set written with one batch write and read back with one batch get. */
@ExtendWith(DynamoLocalExtension.class)
class MovieBatchTest {

    @Test
    void allMovies_areLoadedByBatchWrite_andReadBackUnchangedByBatchGet(Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        movies.createTable();
        List<Movie> all = MovieData.movies();
        assertEquals(4609, all.size());

        BatchWriteResult written = dynamo.batchWrite().putAll(movies, all).execute();
        List<Map<String, AttributeValue>> keys = all.stream().map(MovieSchema.INSTANCE::keyOf).toList();
        long readStart = System.nanoTime();
        BatchGetResult read = dynamo.batchGet().getAll(movies, keys).execute();
        long readMillis = (System.nanoTime() - readStart) / 1_000_000;

        assertEquals(4609, written.written());
        assertEquals(185, written.requests(), "4,609 items in requests of 25");
        assertEquals(4609, movies.scan().count());
        assertEquals(all, read.found(movies));
        assertEquals(List.of(), read.missing(movies));
        assertEquals(47, read.requests(), "4,609 keys in requests of 100");
        System.out.printf("movies: batch write of %d in %d ms (%d requests), batch get in %d ms (%d requests)%n",
                written.written(), written.elapsed().toMillis(), written.requests(), readMillis, read.requests());
    }
}
