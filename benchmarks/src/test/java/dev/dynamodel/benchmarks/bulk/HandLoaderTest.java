package dev.dynamodel.benchmarks.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamodel.Dynamo;
import dev.dynamodel.benchmarks.shapes.movie.Movie;
import dev.dynamodel.benchmarks.shapes.movie.MovieData;
import dev.dynamodel.benchmarks.shapes.movie.MovieModel;
import dev.dynamodel.local.DynamoLocal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written loader the bulk load is compared with must write what dynamodel writes: every
 * movie, readable by dynamodel, in 25-item requests (the last one partial).
 */
class HandLoaderTest {
    private static Dynamo local;
    private static List<Movie> movies;

    @BeforeAll
    static void start() {
        local = DynamoLocal.embedded("HandLoaderTest_");
        movies = MovieData.load().subList(0, 60);
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    @Test
    void load_writesEveryMovieIn25ItemRequests() throws InterruptedException {
        MovieModel model = MovieModel.of(local);
        model.createTable();

        int requests = new HandLoader(local.client(), model.tableName(), 4).load(movies);

        assertEquals(3, requests);
        assertEquals(60, BulkLoadRunner.count(local.client(), model.tableName()));
        for (Movie movie : movies) {
            assertEquals(movie, model.get(movie.year(), movie.title()).orElseThrow());
        }
    }
}
