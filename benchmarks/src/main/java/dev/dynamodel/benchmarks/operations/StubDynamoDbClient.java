package dev.dynamodel.benchmarks.operations;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * A {@link DynamoDbClient} that answers in process with canned responses: no serialization, no
 * I/O, so that what is measured is the library's own work around the call (building requests,
 * mapping items). Only GetItem, PutItem and Query are answered; anything else is the interface's
 * {@code UnsupportedOperationException}.
 *
 * <pre>{@code
 * DynamoDbClient client = new StubDynamoDbClient(MovieHand.toItem(Movie.rush()), List.of());
 * }</pre>
 */
public final class StubDynamoDbClient implements DynamoDbClient {
    private static final PutItemResponse PUT_RESPONSE = PutItemResponse.builder().build();

    private final GetItemResponse getResponse;
    private final QueryResponse queryResponse;

    /**
     * A client whose every GetItem returns {@code item} and whose every Query returns
     * {@code queryItems} as one last page (no LastEvaluatedKey).
     */
    public StubDynamoDbClient(Map<String, AttributeValue> item, List<Map<String, AttributeValue>> queryItems) {
        this.getResponse = GetItemResponse.builder().item(item).build();
        this.queryResponse = QueryResponse.builder()
                .items(queryItems)
                .count(queryItems.size())
                .scannedCount(queryItems.size())
                .build();
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        // Reading the request keeps the JIT from treating it as dead, as a real client would read it.
        if (request.key().isEmpty()) {
            throw new IllegalArgumentException("GetItem without a key");
        }
        return getResponse;
    }

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        if (request.item().isEmpty()) {
            throw new IllegalArgumentException("PutItem without an item");
        }
        return PUT_RESPONSE;
    }

    @Override
    public QueryResponse query(QueryRequest request) {
        if (request.keyConditionExpression() == null || !request.hasExpressionAttributeValues()) {
            throw new IllegalArgumentException("Query without a key condition");
        }
        return queryResponse;
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
