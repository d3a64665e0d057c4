package dev.dynamodel.benchmarks.operations;

import dev.dynamodel.benchmarks.shapes.movie.Movie;
import dev.dynamodel.benchmarks.shapes.movie.MovieBean;
import dev.dynamodel.benchmarks.shapes.movie.MovieHand;
import dev.dynamodel.benchmarks.shapes.movie.MovieSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * A Query on one partition ({@code year = 2013}) through the asynchronous stub client, whose
 * canned response holds 25 movies, all mapped to entities and collected in a list, the future
 * joined: ops/s per subject (one op is one query of 25 items). The asynchronous twin of
 * {@link QueryOverhead}.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar AsyncQueryOverhead
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AsyncQueryOverhead {

    // tag::async-query-subjects[]
    @Benchmark
    public List<Movie> dynamodel(AsyncOperationSubjects s) {
        return s.movies.query(MovieSchema.YEAR.eq(OperationSubjects.QUERY_YEAR)).list().join();
    }

    @Benchmark
    public List<MovieBean> enhancedBean(AsyncOperationSubjects s) {
        QueryConditional year = QueryConditional.keyEqualTo(
                Key.builder().partitionValue(OperationSubjects.QUERY_YEAR).build());
        List<MovieBean> movies = new ArrayList<>();
        s.enhancedTable.query(year).items().subscribe(movies::add).join();
        return movies;
    }

    @Benchmark
    public List<Movie> rawSdk(AsyncOperationSubjects s) {
        QueryRequest request = QueryRequest.builder()
                .tableName(OperationSubjects.TABLE)
                .keyConditionExpression("#year = :year")
                .expressionAttributeNames(Map.of("#year", "year"))
                .expressionAttributeValues(Map.of(":year",
                        AttributeValue.fromN(Integer.toString(OperationSubjects.QUERY_YEAR))))
                .build();
        return s.client.query(request).thenApply(response -> {
            List<Movie> movies = new ArrayList<>(response.items().size());
            for (Map<String, AttributeValue> item : response.items()) {
                movies.add(MovieHand.fromItem(item));
            }
            return movies;
        }).join();
    }
    // end::async-query-subjects[]
}
