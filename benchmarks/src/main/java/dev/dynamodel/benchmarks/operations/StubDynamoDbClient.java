package dev.dynamodel.benchmarks.operations;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

/**
 * A {@link DynamoDbClient} that answers in process with canned responses: no serialization, no
 * I/O, so that what is measured is the library's own work around the call (building requests,
 * mapping items). Only GetItem and PutItem are answered; anything else is the interface's
 * {@code UnsupportedOperationException}.
 *
 * <pre>{@code
 * DynamoDbClient client = new StubDynamoDbClient(MovieHand.toItem(Movie.rush()));
 * }</pre>
 */
public final class StubDynamoDbClient implements DynamoDbClient {
    private static final PutItemResponse PUT_RESPONSE = PutItemResponse.builder().build();

    private final GetItemResponse getResponse;

    /** A client whose every GetItem returns {@code item}. */
    public StubDynamoDbClient(Map<String, AttributeValue> item) {
        this.getResponse = GetItemResponse.builder().item(item).build();
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
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
