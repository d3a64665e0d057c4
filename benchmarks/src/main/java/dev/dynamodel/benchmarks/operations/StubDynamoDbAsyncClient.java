package dev.dynamodel.benchmarks.operations;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
    private static final PutItemResponse PUT_RESPONSE = PutItemResponse.builder().build();

    private final GetItemResponse getResponse;
    private final QueryResponse queryResponse;

    /**
     * A client whose every GetItem completes with {@code item} and whose every Query completes with
     * {@code queryItems} as one last page (no LastEvaluatedKey).
     */
    public StubDynamoDbAsyncClient(Map<String, AttributeValue> item, List<Map<String, AttributeValue>> queryItems) {
        this.getResponse = GetItemResponse.builder().item(item).build();
        this.queryResponse = QueryResponse.builder()
                .items(queryItems)
                .count(queryItems.size())
                .scannedCount(queryItems.size())
                .build();
    }

    @Override
    public CompletableFuture<GetItemResponse> getItem(GetItemRequest request) {
        // Reading the request keeps the JIT from treating it as dead, as a real client would read it.
        if (request.key().isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("GetItem without a key"));
        }
        return CompletableFuture.completedFuture(getResponse);
    }

    @Override
    public CompletableFuture<PutItemResponse> putItem(PutItemRequest request) {
        if (request.item().isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("PutItem without an item"));
        }
        return CompletableFuture.completedFuture(PUT_RESPONSE);
    }

    @Override
    public CompletableFuture<QueryResponse> query(QueryRequest request) {
        if (request.keyConditionExpression() == null || !request.hasExpressionAttributeValues()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("Query without a key condition"));
        }
        return CompletableFuture.completedFuture(queryResponse);
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
