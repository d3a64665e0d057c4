package dev.dynamodel.benchmarks.coldstart;

import dev.dynamodel.Dynamo;
import dev.dynamodel.benchmarks.shapes.movie.Movie;
import dev.dynamodel.benchmarks.shapes.movie.MovieModel;
import java.net.URI;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The first request of a JVM that has built its client and model but sent nothing yet, as after a
 * SnapStart or CRaC restore: with {@code primed}, {@code Dynamo.prime} ran before; the time
 * measured is that of {@code MovieModel.get} alone.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.dynamodel.benchmarks.coldstart.PrimedFirstRequest \
 *     http://localhost:8000 fast primed
 * }</pre>
 */
public final class PrimedFirstRequest {
    private PrimedFirstRequest() {
    }

    public static void main(String[] args) {
        DynamoDbClient client = LambdaClients.of(args[1], URI.create(args[0]));
        Dynamo dynamo = Dynamo.of(client);
        MovieModel movies = MovieModel.of(dynamo);
        if (args[2].equals("primed")) {
            // tag::prime[]
            dynamo.prime(movies);   // before the snapshot: no request sent
            // end::prime[]
        }
        long start = System.nanoTime();
        Movie rush = movies.get(2013, "Rush").orElseThrow();
        long end = System.nanoTime();
        ColdStartClock.report(start, end, rush.equals(Movie.rush()));
    }
}
