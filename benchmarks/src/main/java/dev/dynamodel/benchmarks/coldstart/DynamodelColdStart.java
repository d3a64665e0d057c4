package dev.dynamodel.benchmarks.coldstart;

import dev.dynamodel.benchmarks.shapes.movie.Movie;
import dev.dynamodel.benchmarks.shapes.movie.MovieSchema;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Cold start of dynamodel: a fresh JVM maps one movie to an item and back with the generated schema.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.dynamodel.benchmarks.coldstart.DynamodelColdStart
 * }</pre>
 */
public final class DynamodelColdStart {
    private DynamodelColdStart() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Movie movie = Movie.rush();
        Map<String, AttributeValue> item = MovieSchema.INSTANCE.toItem(movie);
        Movie back = MovieSchema.INSTANCE.fromItem(item);
        long end = System.nanoTime();
        ColdStartClock.report(start, end, back.equals(movie));
    }
}
