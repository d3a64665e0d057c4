package dev.dynamodel.benchmarks.bulk;

import dev.dynamodel.Dynamo;
import dev.dynamodel.batch.BatchWriteResult;
import dev.dynamodel.benchmarks.ResultRow;
import dev.dynamodel.benchmarks.coldstart.ColdStartRunner;
import dev.dynamodel.benchmarks.shapes.movie.Movie;
import dev.dynamodel.benchmarks.shapes.movie.MovieData;
import dev.dynamodel.benchmarks.shapes.movie.MovieModel;
import dev.dynamodel.local.DynamoLocal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Loads every movie of moviedata.json into embedded DynamoDB Local, with dynamodel's batch write
 * and with {@link HandLoader}, at the same concurrency, each time into a fresh table; reports the
 * median wall time of each ({@code "benchmark": "bulk-load", "shape": "all-movies", "metric": "ms"}).
 * After every load a {@code Select.COUNT} scan must count every movie, or the run fails.
 *
 * <pre>{@code
 * List<ResultRow> rows = BulkLoadRunner.run(2, 9);
 * // or alone: java -cp benchmarks/target/benchmarks.jar dev.dynamodel.benchmarks.bulk.BulkLoadRunner 2 9
 * }</pre>
 *
 * <p>A few loads of each subject come first and are not counted (the JIT and DynamoDB Local warm
 * up there: the first load takes twice as long as the fifth); the timed loads then alternate, so that a busy moment on the machine does not fall on
 * one subject only. The wall time covers mapping the entities to items and every request, not
 * creating the table or reading the JSON file.
 */
public final class BulkLoadRunner {
    /** Requests in flight for both subjects: dynamodel's default. */
    public static final int CONCURRENCY = 4;

    private BulkLoadRunner() {
    }

    public static void main(String[] args) throws InterruptedException {
        int warmUps = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        for (ResultRow row : run(warmUps, repetitions)) {
            System.out.println(row.toJson());
        }
    }

    /** {@code warmUps} untimed and {@code repetitions} timed loads per subject; the median rows. */
    public static List<ResultRow> run(int warmUps, int repetitions) throws InterruptedException {
        List<Movie> movies = MovieData.load();
        try (Dynamo local = DynamoLocal.embedded()) {
            DynamoDbClient client = local.client();
            double[] dynamodel = new double[repetitions];
            double[] hand = new double[repetitions];
            for (int round = -warmUps; round < repetitions; round++) {
                // Alternate which subject goes first, so neither always loads into a warmer database.
                boolean dynamodelFirst = Math.floorMod(round, 2) == 0;
                // A prefix per load gives every load a fresh table on the one database.
                String prefix = "load" + (round + warmUps) + "_";
                double first = dynamodelFirst ? dynamodel(client, movies, prefix) : hand(client, movies, prefix);
                double second = dynamodelFirst ? hand(client, movies, prefix) : dynamodel(client, movies, prefix);
                if (round >= 0) {
                    dynamodel[round] = dynamodelFirst ? first : second;
                    hand[round] = dynamodelFirst ? second : first;
                }
                System.out.printf("bulk-load round %d: dynamodel %.0f ms, hand %.0f ms%n", round,
                        dynamodelFirst ? first : second, dynamodelFirst ? second : first);
            }
            return List.of(
                    new ResultRow("bulk-load", "all-movies", "dynamodel", "ms", ColdStartRunner.median(dynamodel)),
                    new ResultRow("bulk-load", "all-movies", "raw-sdk", "ms", ColdStartRunner.median(hand)));
        }
    }

    private static double dynamodel(DynamoDbClient client, List<Movie> movies, String prefix) {
        Dynamo dynamo = Dynamo.builder(client).tablePrefix("dynamodel_" + prefix).build();
        MovieModel model = MovieModel.of(dynamo);
        model.createTable();
        long start = System.nanoTime();
        // tag::dynamodel-load[]
        BatchWriteResult result = dynamo.batchWrite()
                .putAll(model, movies)
                .concurrency(CONCURRENCY)
                .execute();
        // end::dynamodel-load[]
        double ms = (System.nanoTime() - start) / 1e6;
        check(client, model.tableName(), movies.size(), result.written());
        model.deleteTable();
        return ms;
    }

    private static double hand(DynamoDbClient client, List<Movie> movies, String prefix)
            throws InterruptedException {
        Dynamo dynamo = Dynamo.builder(client).tablePrefix("hand_" + prefix).build();
        // The table is made the same way for both; only the load is hand-written.
        MovieModel model = MovieModel.of(dynamo);
        model.createTable();
        long start = System.nanoTime();
        new HandLoader(client, model.tableName(), CONCURRENCY).load(movies);
        double ms = (System.nanoTime() - start) / 1e6;
        check(client, model.tableName(), movies.size(), movies.size());
        model.deleteTable();
        return ms;
    }

    /** Counts the table's items with Select.COUNT scans, page by page. */
    static long count(DynamoDbClient client, String table) {
        long count = 0;
        Map<String, AttributeValue> start = null;
        do {
            ScanResponse page = client.scan(ScanRequest.builder().tableName(table).select(Select.COUNT)
                    .exclusiveStartKey(start).build());
            count += page.count();
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return count;
    }

    private static void check(DynamoDbClient client, String table, int expected, long reported) {
        long counted = count(client, table);
        if (counted != expected || reported != expected) {
            throw new IllegalStateException(table + ": expected " + expected + " items, the loader reported "
                    + reported + " and a scan counted " + counted);
        }
    }
}
