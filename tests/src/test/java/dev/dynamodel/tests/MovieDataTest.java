package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.tests.entities.Movie;
import dev.dynamodel.tests.entities.MovieModel;
import dev.dynamodel.tests.entities.MovieSchema;
import dev.dynamodel.tests.support.MovieData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole sample data set through the generated schema and through DynamoDB Local. */
@ExtendWith(DynamoLocalExtension.class)
class MovieDataTest {

    @Test
    void everyMovie_roundTripsThroughTheSchema() {
        List<Movie> movies = MovieData.movies();
        assertEquals(4609, movies.size());
        for (Movie movie : movies) {
            assertEquals(movie, MovieSchema.INSTANCE.fromItem(MovieSchema.INSTANCE.toItem(movie)), movie.title());
        }
    }

    @Test
    void everyMovie_isStoredAndReadBackUnchanged(Dynamo dynamo) {
        MovieModel model = MovieModel.of(dynamo);
        model.createTableIfNotExists();
        List<Movie> movies = MovieData.movies();
        for (Movie movie : movies) {
            model.save(movie);
        }
        int mismatches = 0;
        for (Movie movie : movies) {
            if (!model.get(movie.year(), movie.title()).orElseThrow().equals(movie)) {
                mismatches++;
            }
        }
        assertEquals(0, mismatches);
    }
}
