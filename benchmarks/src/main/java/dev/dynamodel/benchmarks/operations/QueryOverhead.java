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
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * A Query on one partition ({@code year = 2013}) through the stub client, whose canned response
 * holds 25 movies, all mapped to entities and collected in a list: ops/s per subject (one op is one
 * query of 25 items).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar QueryOverhead
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QueryOverhead {

    // tag::query-subjects[]
    @Benchmark
    public List<Movie> dynamodel(OperationSubjects s) {
        return s.movies.query(MovieSchema.YEAR.eq(OperationSubjects.QUERY_YEAR)).list();
    }

    @Benchmark
    public List<MovieBean> enhancedBean(OperationSubjects s) {
        QueryConditional year = QueryConditional.keyEqualTo(
                Key.builder().partitionValue(OperationSubjects.QUERY_YEAR).build());
        List<MovieBean> movies = new ArrayList<>();
        s.enhancedTable.query(year).items().forEach(movies::add);
        return movies;
    }

    @Benchmark
    public List<Movie> rawSdk(OperationSubjects s) {
        QueryRequest request = QueryRequest.builder()
                .tableName(OperationSubjects.TABLE)
                .keyConditionExpression("#year = :year")
                .expressionAttributeNames(Map.of("#year", "year"))
                .expressionAttributeValues(Map.of(":year",
                        AttributeValue.fromN(Integer.toString(OperationSubjects.QUERY_YEAR))))
                .build();
        QueryResponse response = s.client.query(request);
        List<Movie> movies = new ArrayList<>(response.items().size());
        for (Map<String, AttributeValue> item : response.items()) {
            movies.add(MovieHand.fromItem(item));
        }
        return movies;
    }
    // end::query-subjects[]
}
