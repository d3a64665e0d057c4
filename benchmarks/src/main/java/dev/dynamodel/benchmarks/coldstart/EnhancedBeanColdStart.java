package dev.dynamodel.benchmarks.coldstart;

import dev.dynamodel.benchmarks.shapes.movie.Movie;
import dev.dynamodel.benchmarks.shapes.movie.MovieBean;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Cold start of the Enhanced Client's bean schema: a fresh JVM builds {@code TableSchema.fromBean}
 * (introspection and lambda generation happen here) and maps one movie to an item and back.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.dynamodel.benchmarks.coldstart.EnhancedBeanColdStart
 * }</pre>
 */
public final class EnhancedBeanColdStart {
    private EnhancedBeanColdStart() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        TableSchema<MovieBean> schema = TableSchema.fromBean(MovieBean.class);
        MovieBean movie = MovieBean.of(Movie.rush());
        Map<String, AttributeValue> item = schema.itemToMap(movie, true);
        MovieBean back = schema.mapToItem(item);
        long end = System.nanoTime();
        ColdStartClock.report(start, end, back.equals(movie));
    }
}
