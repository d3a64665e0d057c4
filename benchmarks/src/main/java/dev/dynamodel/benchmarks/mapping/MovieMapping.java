package dev.dynamodel.benchmarks.mapping;

import dev.dynamodel.benchmarks.shapes.movie.Movie;
import dev.dynamodel.benchmarks.shapes.movie.MovieBean;
import dev.dynamodel.benchmarks.shapes.movie.MovieData;
import dev.dynamodel.benchmarks.shapes.movie.MovieSchema;
import dev.dynamodel.benchmarks.shapes.movie.MovieHand;
import dev.dynamodel.benchmarks.shapes.movie.MovieStaticSchema;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/**
 * Round trip of the nested movie shape, the first movie of moviedata.json.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar MovieMapping
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MovieMapping {
    private Movie record;
    private MovieBean bean;
    private TableSchema<MovieBean> beanSchema;

    @Setup
    public void setUp() {
        record = MovieData.load().get(0);
        bean = MovieBean.of(record);
        // Built once, as an application would; its reflective set-up cost is what the cold start measures.
        beanSchema = TableSchema.fromBean(MovieBean.class);
    }

    // tag::movie-round-trip[]
    @Benchmark
    public Movie dynamodel() {
        return MovieSchema.INSTANCE.fromItem(MovieSchema.INSTANCE.toItem(record));
    }

    @Benchmark
    public MovieBean enhancedBean() {
        return beanSchema.mapToItem(beanSchema.itemToMap(bean, true));
    }

    @Benchmark
    public MovieBean enhancedStatic() {
        return MovieStaticSchema.SCHEMA.mapToItem(MovieStaticSchema.SCHEMA.itemToMap(bean, true));
    }

    @Benchmark
    public Movie hand() {
        return MovieHand.fromItem(MovieHand.toItem(record));
    }
    // end::movie-round-trip[]
}
