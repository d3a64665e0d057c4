package dev.dynamodel.benchmarks.coldstart;

import dev.dynamodel.benchmarks.shapes.movie.Movie;
import dev.dynamodel.benchmarks.shapes.movie.MovieHand;
import java.net.URI;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * First request of hand-written SDK code: a fresh JVM builds the client, sends a GetItem over
 * HTTP and maps the item with {@code MovieHand}.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.dynamodel.benchmarks.coldstart.HandFirstRequest \
 *     http://localhost:8000 fast
 * }</pre>
 */
public final class HandFirstRequest {
    private HandFirstRequest() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        DynamoDbClient client = LambdaClients.of(args[1], URI.create(args[0]));
        GetItemResponse response = client.getItem(GetItemRequest.builder()
                .tableName("Movies")
                .key(MovieHand.key(2013, "Rush"))
                .build());
        Movie rush = MovieHand.fromItem(response.item());
        long end = System.nanoTime();
        ColdStartClock.report(start, end, rush.equals(Movie.rush()));
    }
}
