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

    private static String benchmark(String client) {
        return client.equals("fast") ? "first-request-fast" : "first-request";
    }

    /** Keeps run {@code i}'s wall-clock time from main and its process CPU time under {@code key}. */
    private static void record(Map<String, double[]> wall, Map<String, double[]> cpu, String key, int i, int runs,
                               double[] times) {
        wall.computeIfAbsent(key, k -> new double[runs])[i] = times[0];
        cpu.computeIfAbsent(key, k -> new double[runs])[i] = times[2];
    }

    private static ResultRow row(String key, String suffix, double[] values) {
        String[] parts = key.split(" ");
        return new ResultRow(parts[0] + suffix, "movie", parts[1], "ms", ColdStartRunner.median(values));
    }

    /**
     * Per client kind and subject, the median time from {@code main} to the first movie read
     * ({@code first-request} with the default client, {@code first-request-fast} with the fast one);
     * then {@code first-get-after-build} for dynamodel unprimed and primed (the first {@code get} alone);
     * and the same with the suffix {@code -cpu}: the median CPU time of the whole process from JVM start.
     */
    public static List<ResultRow> run(int runs) {
        try (LocalServer server = DynamoLocal.server(); Dynamo dynamo = server.dynamo()) {
            MovieModel movies = MovieModel.of(dynamo);
            movies.createTable();
            movies.save(Movie.rush());
            String endpoint = server.endpoint().toString();

            Map<String, double[]> wall = new LinkedHashMap<>();
            Map<String, double[]> cpu = new LinkedHashMap<>();
            for (int i = 0; i < runs; i++) {
                for (String client : CLIENTS) {
                    for (Map.Entry<String, Class<?>> subject : SUBJECTS.entrySet()) {
                        record(wall, cpu, benchmark(client) + " " + subject.getKey(), i, runs,
                                ColdStartRunner.launch(subject.getValue(), LAMBDA_ENVIRONMENT, endpoint, client));
                    }
                }
                for (String priming : List.of("unprimed", "primed")) {
                    record(wall, cpu, "first-get-after-build dynamodel-" + priming, i, runs, ColdStartRunner.launch(
                            PrimedFirstRequest.class, LAMBDA_ENVIRONMENT, endpoint, "fast", priming));
                }
            }
            List<ResultRow> rows = new ArrayList<>();
            wall.forEach((key, values) -> rows.add(row(key, "", values)));
            cpu.forEach((key, values) -> rows.add(row(key, "-cpu", values)));
            return rows;
        }
    }
}
