package dev.dynamodel.benchmarks.coldstart;

import dev.dynamodel.Dynamo;
import dev.dynamodel.benchmarks.shapes.movie.Movie;
import dev.dynamodel.benchmarks.shapes.movie.MovieModel;
import java.net.URI;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * First request of dynamodel: a fresh JVM builds the client and the model and reads one movie
 * over HTTP with {@code MovieModel.get}.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.dynamodel.benchmarks.coldstart.DynamodelFirstRequest \
 *     http://localhost:8000 fast
 * }</pre>
 */
public final class DynamodelFirstRequest {
    private DynamodelFirstRequest() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        DynamoDbClient client = LambdaClients.of(args[1], URI.create(args[0]));
        MovieModel movies = MovieModel.of(Dynamo.of(client));
        Movie rush = movies.get(2013, "Rush").orElseThrow();
        long end = System.nanoTime();
        ColdStartClock.report(start, end, rush.equals(Movie.rush()));
    }
}
