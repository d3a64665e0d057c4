package dev.dynamodel.benchmarks.shapes.movie;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.RangeKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The nested shape: a movie from the AWS sample data, key {@code year} + {@code title}, details in
 * the {@code info} map. Declared for dynamodel; the generated {@code MovieSchema} maps it.
 *
 * <pre>{@code
 * Movie back = MovieSchema.INSTANCE.fromItem(MovieSchema.INSTANCE.toItem(Movie.rush()));
 * }</pre>
 */
@Entity(table = "Movies")
public record Movie(@HashKey int year, @RangeKey String title, MovieInfo info) {

    /**
     * The first movie of moviedata.json, built in code so that a cold start measures mapping and
     * not JSON parsing.
     */
    public static Movie rush() {
        return new Movie(2013, "Rush", new MovieInfo(
                List.of("Ron Howard"),
                Instant.parse("2013-09-02T00:00:00Z"),
                new BigDecimal("8.3"),
                List.of("Action", "Biography", "Drama", "Sport"),
                "http://ia.media-imdb.com/images/M/MV5BMTQyMDE0MTY0OV5BMl5BanBnXkFtZTcwMjI2OTI0OQ@@._V1_SX400_.jpg",
                "A re-creation of the merciless 1970s rivalry between Formula One rivals James Hunt and Niki Lauda.",
                2,
                7380,
                List.of("Daniel Brühl", "Chris Hemsworth", "Olivia Wilde")));
    }
}
