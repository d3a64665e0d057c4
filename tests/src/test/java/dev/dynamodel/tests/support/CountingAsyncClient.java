package dev.dynamodel.tests.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * Passes reads, batches and transactions to DynamoDB Local's asynchronous client and counts them,
 * so a test can prove how many pages a publisher asked for, or that nothing was sent. Each response is handed over on {@code completer}'s thread,
 * as a real asynchronous client does, not on the thread that sent the request.
 */
public final class CountingAsyncClient implements DynamoDbAsyncClient {
    private final DynamoDbAsyncClient delegate;
    private final Executor completer;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger pagesInFlight = new AtomicInteger();
    private final AtomicInteger mostPagesInFlight = new AtomicInteger();

    public CountingAsyncClient(DynamoDbAsyncClient delegate, Executor completer) {
        this.delegate = delegate;
        this.completer = completer;
    }

    public int requests() {
        return requests.get();
    }

    /** The most queries and scans that were sent and not yet handed back at the same time. */
    public int mostPagesInFlight() {
        return mostPagesInFlight.get();
    }

    @Override
    public CompletableFuture<QueryResponse> query(QueryRequest request) {
        requests.incrementAndGet();
        mostPagesInFlight.accumulateAndGet(pagesInFlight.incrementAndGet(), Math::max);
        return delegate.query(request).thenApplyAsync(this::handedBack, completer);
    }

    @Override
    public CompletableFuture<ScanResponse> scan(ScanRequest request) {
        requests.incrementAndGet();
        mostPagesInFlight.accumulateAndGet(pagesInFlight.incrementAndGet(), Math::max);
        return delegate.scan(request).thenApplyAsync(this::handedBack, completer);
    }

    private <R> R handedBack(R response) {
        pagesInFlight.decrementAndGet();
        return response;
    }

    @Override
    public CompletableFuture<GetItemResponse> getItem(GetItemRequest request) {
        requests.incrementAndGet();
        return delegate.getItem(request).thenApplyAsync(response -> response, completer);
    }

    @Override
    public CompletableFuture<BatchWriteItemResponse> batchWriteItem(BatchWriteItemRequest request) {
        requests.incrementAndGet();
        return delegate.batchWriteItem(request).thenApplyAsync(response -> response, completer);
    }

    @Override
    public CompletableFuture<BatchGetItemResponse> batchGetItem(BatchGetItemRequest request) {
        requests.incrementAndGet();
        return delegate.batchGetItem(request).thenApplyAsync(response -> response, completer);
    }

    @Override
    public CompletableFuture<TransactWriteItemsResponse> transactWriteItems(TransactWriteItemsRequest request) {
        requests.incrementAndGet();
        return delegate.transactWriteItems(request).thenApplyAsync(response -> response, completer);
    }

    @Override
    public CompletableFuture<TransactGetItemsResponse> transactGetItems(TransactGetItemsRequest request) {
        requests.incrementAndGet();
        return delegate.transactGetItems(request).thenApplyAsync(response -> response, completer);
    }

    @Override
    public String serviceName() {
        return delegate.serviceName();
    }

    @Override
    public void close() {
    }
}
