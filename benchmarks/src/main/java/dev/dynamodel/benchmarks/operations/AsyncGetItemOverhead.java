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
 * GetItem by key through the asynchronous stub client, the response mapped to an entity and the
 * future joined: ops/s per subject. The asynchronous twin of {@link GetItemOverhead}.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar AsyncGetItemOverhead
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AsyncGetItemOverhead {

    // tag::async-get-subjects[]
    @Benchmark
    public Movie dynamodel(AsyncOperationSubjects s) {
        return s.movies.get(2013, "Rush").join().orElseThrow();
    }

    @Benchmark
    public MovieBean enhancedBean(AsyncOperationSubjects s) {
        return s.enhancedTable.getItem(Key.builder().partitionValue(2013).sortValue("Rush").build()).join();
    }

    @Benchmark
    public Movie rawSdk(AsyncOperationSubjects s) {
        GetItemRequest request = GetItemRequest.builder()
                .tableName(OperationSubjects.TABLE)
                .key(MovieHand.key(2013, "Rush"))
                .build();
        return s.client.getItem(request).thenApply(response -> MovieHand.fromItem(response.item())).join();
    }
    // end::async-get-subjects[]
}
