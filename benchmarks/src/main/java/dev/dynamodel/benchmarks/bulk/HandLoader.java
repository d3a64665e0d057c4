package dev.dynamodel.benchmarks.bulk;

import dev.dynamodel.benchmarks.shapes.movie.Movie;
import dev.dynamodel.benchmarks.shapes.movie.MovieHand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The hand-written raw-SDK loader the bulk-load benchmark compares dynamodel's batch write with:
 * items mapped by {@link MovieHand}, 25 per BatchWriteItem, {@code concurrency} requests at a time
 * on a pool of its own, and what DynamoDB leaves in {@code UnprocessedItems} sent again after a
 * doubling pause (50 ms to 5 s, 10 attempts: dynamodel's default retry policy), as a careful
 * developer would write it.
 *
 * <pre>{@code
 * int requests = new HandLoader(client, "Movies", 4).load(MovieData.load());
 * }</pre>
 */
public final class HandLoader {
    /** DynamoDB's limit of writes per BatchWriteItem. */
    static final int BATCH = 25;
    private static final int MAX_ATTEMPTS = 10;
    private static final long BASE_DELAY_MS = 50;
    private static final long MAX_DELAY_MS = 5_000;

    private final DynamoDbClient client;
    private final String table;
    private final int concurrency;

    public HandLoader(DynamoDbClient client, String table, int concurrency) {
        this.client = client;
        this.table = table;
        this.concurrency = concurrency;
    }

    /**
     * Writes every movie; returns the number of BatchWriteItem calls sent.
     *
     * @throws IllegalStateException if some items were still unprocessed after the last attempt
     */
    public int load(List<Movie> movies) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<Integer>> chunks = new ArrayList<>();
            for (int from = 0; from < movies.size(); from += BATCH) {
                List<Movie> chunk = movies.subList(from, Math.min(from + BATCH, movies.size()));
                chunks.add(pool.submit(() -> write(chunk)));
            }
            int requests = 0;
            for (Future<Integer> chunk : chunks) {
                requests += chunk.get();
            }
            return requests;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    // tag::hand-chunk[]
    /** One chunk of at most 25, sent until DynamoDB has taken every item; returns the calls made. */
    private int write(List<Movie> chunk) throws InterruptedException {
        List<WriteRequest> writes = new ArrayList<>(chunk.size());
        for (Movie movie : chunk) {
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(MovieHand.toItem(movie)).build())
                    .build());
        }
        Map<String, List<WriteRequest>> pending = Map.of(table, writes);
        for (int attempt = 1; ; attempt++) {
            BatchWriteItemResponse response = client.batchWriteItem(
                    BatchWriteItemRequest.builder().requestItems(pending).build());
            if (!response.hasUnprocessedItems() || response.unprocessedItems().isEmpty()) {
                return attempt;
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new IllegalStateException(response.unprocessedItems().get(table).size()
                        + " items still unprocessed after " + attempt + " attempts");
            }
            pending = response.unprocessedItems();
            Thread.sleep(Math.min(MAX_DELAY_MS, BASE_DELAY_MS << (attempt - 1)));
        }
    }
    // end::hand-chunk[]
}
