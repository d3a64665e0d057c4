package dev.dynamodel.benchmarks.operations;

import dev.dynamodel.benchmarks.shapes.movie.Movie;
import dev.dynamodel.benchmarks.shapes.movie.MovieBean;
import dev.dynamodel.benchmarks.shapes.movie.MovieHand;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

/**
 * PutItem of one entity (unconditional replace) through the stub client: ops/s per subject.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar PutItemOverhead
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PutItemOverhead {

    @Benchmark
    public Movie dynamodel(OperationSubjects s) {
        return s.movies.save(s.movie);
    }

    @Benchmark
    public MovieBean enhancedBean(OperationSubjects s) {
        s.enhancedTable.putItem(s.movieBean);
        return s.movieBean;
    }

    @Benchmark
    public PutItemResponse rawSdk(OperationSubjects s) {
        PutItemRequest request = PutItemRequest.builder()
                .tableName(OperationSubjects.TABLE)
                .item(MovieHand.toItem(s.movie))
                .build();
        return s.client.putItem(request);
    }
}
