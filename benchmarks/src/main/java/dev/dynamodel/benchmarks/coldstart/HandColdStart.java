package dev.dynamodel.benchmarks.coldstart;

import dev.dynamodel.benchmarks.shapes.movie.Movie;
import dev.dynamodel.benchmarks.shapes.movie.MovieHand;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Cold start of hand-written SDK code: a fresh JVM maps one movie to an item and back.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.dynamodel.benchmarks.coldstart.HandColdStart
 * }</pre>
 */
public final class HandColdStart {
    private HandColdStart() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Movie movie = Movie.rush();
        Map<String, AttributeValue> item = MovieHand.toItem(movie);
        Movie back = MovieHand.fromItem(item);
        long end = System.nanoTime();
        ColdStartClock.report(start, end, back.equals(movie));
    }
}
