package dev.dynamodel.benchmarks.operations;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The asynchronous twin of {@link StubDynamoDbClient}: every answer is an already completed
 * future holding the same canned response, so that what is measured is the library's own work
 * around the call (building requests, composing futures, mapping items), not I/O or thread hops.
 * Only GetItem, PutItem and Query are answered (the Query paginator's default implementation calls
 * {@link #query}); anything else is the interface's {@code UnsupportedOperationException}.
 *
 * <pre>{@code
 * DynamoDbAsyncClient client = new StubDynamoDbAsyncClient(MovieHand.toItem(Movie.rush()), List.of());
 * }</pre>
 */
public final class StubDynamoDbAsyncClient implements DynamoDbAsyncClient {
    /** The canned answers and the request checks, shared with the blocking stub. */
    private final StubDynamoDbClient answers;

    /**
     * A client whose every GetItem completes with {@code item} and whose every Query completes with
     * {@code queryItems} as one last page (no LastEvaluatedKey).
     */
    public StubDynamoDbAsyncClient(Map<String, AttributeValue> item, List<Map<String, AttributeValue>> queryItems) {
        this.answers = new StubDynamoDbClient(item, queryItems);
    }

    @Override
    public CompletableFuture<GetItemResponse> getItem(GetItemRequest request) {
        return answer(() -> answers.getItem(request));
    }

    @Override
    public CompletableFuture<PutItemResponse> putItem(PutItemRequest request) {
        return answer(() -> answers.putItem(request));
    }

    @Override
    public CompletableFuture<QueryResponse> query(QueryRequest request) {
        return answer(() -> answers.query(request));
    }

    /** A refused request fails the future, as an asynchronous client reports it, instead of throwing. */
    private static <R> CompletableFuture<R> answer(Supplier<R> response) {
        try {
            return CompletableFuture.completedFuture(response.get());
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
