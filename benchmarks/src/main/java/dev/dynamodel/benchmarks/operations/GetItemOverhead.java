package dev.dynamodel.benchmarks.operations;

import dev.dynamodel.benchmarks.shapes.movie.Movie;
import dev.dynamodel.benchmarks.shapes.movie.MovieBean;
import dev.dynamodel.benchmarks.shapes.movie.MovieHand;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * GetItem by key through the stub client, the response mapped to an entity: ops/s per subject.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar GetItemOverhead
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GetItemOverhead {

    @Benchmark
    public Movie dynamodel(OperationSubjects s) {
        return s.movies.get(2013, "Rush").orElseThrow();
    }

    @Benchmark
    public MovieBean enhancedBean(OperationSubjects s) {
        return s.enhancedTable.getItem(Key.builder().partitionValue(2013).sortValue("Rush").build());
    }

    @Benchmark
    public Movie rawSdk(OperationSubjects s) {
        GetItemRequest request = GetItemRequest.builder()
                .tableName(OperationSubjects.TABLE)
                .key(MovieHand.key(2013, "Rush"))
                .build();
        return MovieHand.fromItem(s.client.getItem(request).item());
    }
}
