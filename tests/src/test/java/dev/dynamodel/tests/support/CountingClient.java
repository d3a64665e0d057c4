package dev.dynamodel.tests.support;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * Passes item, query, scan, batch and transaction requests to a real client and counts them, so a test can prove that a refused call
 * sent nothing; keeps the last GetItem request, so a test can see the options a read sent.
 */
public final class CountingClient implements DynamoDbClient {
    private final DynamoDbClient delegate;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile GetItemRequest lastGetItem;

    public CountingClient(DynamoDbClient delegate) {
        this.delegate = delegate;
    }

    public int requests() {
        return requests.get();
    }

    /** The last GetItem request sent through this client, as sent; null if none. */
    public GetItemRequest lastGetItem() {
        return lastGetItem;
    }

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        requests.incrementAndGet();
        return delegate.putItem(request);
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        requests.incrementAndGet();
        lastGetItem = request;
        return delegate.getItem(request);
    }

    @Override
    public DeleteItemResponse deleteItem(DeleteItemRequest request) {
        requests.incrementAndGet();
        return delegate.deleteItem(request);
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        requests.incrementAndGet();
        return delegate.batchWriteItem(request);
    }

    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        requests.incrementAndGet();
        return delegate.batchGetItem(request);
    }

    @Override
    public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
        requests.incrementAndGet();
        return delegate.transactWriteItems(request);
    }

    @Override
    public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
        requests.incrementAndGet();
        return delegate.transactGetItems(request);
    }

    @Override
    public QueryResponse query(QueryRequest request) {
        requests.incrementAndGet();
        return delegate.query(request);
    }

    @Override
    public ScanResponse scan(ScanRequest request) {
        requests.incrementAndGet();
        return delegate.scan(request);
    }

    @Override
    public String serviceName() {
        return delegate.serviceName();
    }

    @Override
    public void close() {
        // The delegate belongs to the caller.
    }
}
