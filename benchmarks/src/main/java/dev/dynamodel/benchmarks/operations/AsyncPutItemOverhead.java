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
 * PutItem of one entity (unconditional replace) through the asynchronous stub client, the future
 * joined: ops/s per subject. The asynchronous twin of {@link PutItemOverhead}.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar AsyncPutItemOverhead
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AsyncPutItemOverhead {

    @Benchmark
    public Movie dynamodel(AsyncOperationSubjects s) {
        return s.movies.save(s.movie).join();
    }

    @Benchmark
    public MovieBean enhancedBean(AsyncOperationSubjects s) {
        s.enhancedTable.putItem(s.movieBean).join();
        return s.movieBean;
    }

    @Benchmark
    public PutItemResponse rawSdk(AsyncOperationSubjects s) {
        PutItemRequest request = PutItemRequest.builder()
                .tableName(OperationSubjects.TABLE)
                .item(MovieHand.toItem(s.movie))
                .build();
        return s.client.putItem(request).join();
    }
}
