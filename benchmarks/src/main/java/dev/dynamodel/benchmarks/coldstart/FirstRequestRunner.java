package dev.dynamodel.benchmarks.coldstart;

import dev.dynamodel.Dynamo;
import dev.dynamodel.benchmarks.ResultRow;
import dev.dynamodel.benchmarks.shapes.movie.Movie;
import dev.dynamodel.benchmarks.shapes.movie.MovieModel;
import dev.dynamodel.local.DynamoLocal;
import dev.dynamodel.local.LocalServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first-request cold starts: DynamoDB Local's HTTP server on loopback holds the movie "Rush";
 * fresh JVMs build a client (the SDK's default, or the fast Lambda set-up of {@link LambdaClients})
 * and a model and read it. Every subject and client takes its turn in each round, so a noisy moment
 * spreads over all of them. Then the priming comparison: JVMs that have built everything and sent
 * nothing time their first {@code get}, primed or not.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.dynamodel.benchmarks.coldstart.FirstRequestRunner 10
 * }</pre>
 */
public final class FirstRequestRunner {
    private static final Map<String, Class<?>> SUBJECTS = new LinkedHashMap<>();
    private static final List<String> CLIENTS = List.of("default", "fast");
    /** What Lambda puts in a function's environment, here with DynamoDB Local's dummy credentials. */
    private static final Map<String, String> LAMBDA_ENVIRONMENT = Map.of(
            "AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local");

    static {
        SUBJECTS.put("dynamodel", DynamodelFirstRequest.class);
        SUBJECTS.put("enhanced-bean", EnhancedBeanFirstRequest.class);
        SUBJECTS.put("hand", HandFirstRequest.class);
    }

    private FirstRequestRunner() {
    }

    public static void main(String[] args) {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 10).forEach(row -> System.out.println(row.toJson()));
    }

    /**
     * Per client kind and subject, the median time from {@code main} to the first movie read
     * ({@code first-request} with the default client, {@code first-request-fast} with the fast one);
     * then {@code first-get-after-build} for dynamodel unprimed and primed.
     */
    public static List<ResultRow> run(int runs) {
        try (LocalServer server = DynamoLocal.server(); Dynamo dynamo = server.dynamo()) {
            MovieModel movies = MovieModel.of(dynamo);
            movies.createTable();
            movies.save(Movie.rush());
            String endpoint = server.endpoint().toString();

            Map<String, double[]> times = new LinkedHashMap<>();
            for (int i = 0; i < runs; i++) {
                for (String client : CLIENTS) {
                    for (Map.Entry<String, Class<?>> subject : SUBJECTS.entrySet()) {
                        times.computeIfAbsent(client + " " + subject.getKey(), k -> new double[runs])[i] =
                                ColdStartRunner.launch(subject.getValue(), LAMBDA_ENVIRONMENT, endpoint, client)[0];
                    }
                }
                for (String priming : List.of("unprimed", "primed")) {
                    times.computeIfAbsent("fast dynamodel-" + priming, k -> new double[runs])[i] = ColdStartRunner.launch(
                            PrimedFirstRequest.class, LAMBDA_ENVIRONMENT, endpoint, "fast", priming)[0];
                }
            }
            List<ResultRow> rows = new ArrayList<>();
            times.forEach((key, values) -> {
                String[] parts = key.split(" ");
                String benchmark = parts[1].startsWith("dynamodel-") ? "first-get-after-build"
                        : parts[0].equals("fast") ? "first-request-fast" : "first-request";
                rows.add(new ResultRow(benchmark, "movie", parts[1], "ms", ColdStartRunner.median(values)));
            });
            return rows;
        }
    }
}
