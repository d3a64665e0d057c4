package dev.dynamodel.benchmarks.coldstart;

import dev.dynamodel.benchmarks.shapes.movie.Movie;
import dev.dynamodel.benchmarks.shapes.movie.MovieBean;
import java.net.URI;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * First request of the Enhanced Client with a bean schema: a fresh JVM builds the client, the
 * enhanced client and {@code TableSchema.fromBean}, and reads one movie over HTTP.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.dynamodel.benchmarks.coldstart.EnhancedBeanFirstRequest \
 *     http://localhost:8000 fast
 * }</pre>
 */
public final class EnhancedBeanFirstRequest {
    private EnhancedBeanFirstRequest() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        DynamoDbClient client = LambdaClients.of(args[1], URI.create(args[0]));
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
        DynamoDbTable<MovieBean> movies = enhanced.table("Movies", TableSchema.fromBean(MovieBean.class));
        MovieBean rush = movies.getItem(Key.builder().partitionValue(2013).sortValue("Rush").build());
        long end = System.nanoTime();
        ColdStartClock.report(start, end, MovieBean.of(Movie.rush()).equals(rush));
    }
}
