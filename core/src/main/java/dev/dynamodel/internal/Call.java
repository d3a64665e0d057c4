package dev.dynamodel.internal;

import dev.dynamodel.internal.Requests.ExceptionTranslator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.ApiName;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * One request, built and ready: what to send, the method that sends it on each kind of client,
 * how to translate its failure, and what a {@link dev.dynamodel.observe.RequestListener} hears of it.
 * A {@link Sender} decides which client sends it; nothing else about the request depends on that.
 * Not an API.
 *
 * @param index the secondary index a query or scan reads, or null
 * @param translate maps an SDK failure to a precise library exception, or null for none
 * @param attempt 1, or the number of a batch chunk's retry (see {@link #attempt(int)})
 * @param stamp the request as sent: with the library's API name and, unless the request chose its
 *              own, the runtime's {@code ReturnConsumedCapacity} (null for none)
 * @param capacity the consumed capacity a response reports (empty when it reports none)
 */
public record Call<Q, S>(String operation, String table, String index, Q request,
                         BiFunction<DynamoDbClient, Q, S> sync,
                         BiFunction<DynamoDbAsyncClient, Q, CompletableFuture<S>> async,
                         ExceptionTranslator translate, int attempt, Stamp<Q> stamp,
                         Function<S, List<ConsumedCapacity>> capacity) {

    /**
     * Told apart in AWS-side metrics and logs: the SDK appends {@code hll/dynamodel} to the User-Agent
     * of every request that carries it, in the form the Enhanced Client uses for itself ({@code hll/ddb-enh}:
     * "hll" for a high-level library over the SDK).
     */
    public static final ApiName API_NAME = ApiName.builder().name("hll").version("dynamodel").build();
    /**
     * What carries {@link #API_NAME}. Request builders set it as they build (a copy of each request
     * to add it later costs a tenth of a GetItem through an in-process client); {@link #stamped} adds
     * it to any request that lacks it, so none goes out without it.
     */
    public static final AwsRequestOverrideConfiguration OVERRIDE =
            AwsRequestOverrideConfiguration.builder().addApiName(API_NAME).build();

    /**
     * A request with no consumed capacity to report (a table operation), first attempt: stamped
     * with the API name only.
     */
    public Call(String operation, String table, Q request, BiFunction<DynamoDbClient, Q, S> sync,
                BiFunction<DynamoDbAsyncClient, Q, CompletableFuture<S>> async, ExceptionTranslator translate) {
        this(operation, table, null, request, sync, async, translate, 1, Call::withApiName, response -> List.of());
    }

    // Every DynamoDB request's builder takes an override configuration; only Q's static type does not say so.
    @SuppressWarnings("unchecked")
    private static <Q> Q withApiName(Q request, ReturnConsumedCapacity ignored) {
        DynamoDbRequest own = (DynamoDbRequest) request;
        return own.overrideConfiguration().orElse(null) == OVERRIDE ? request
                : (Q) own.toBuilder().overrideConfiguration(OVERRIDE).build();
    }

    /** The same request as retry number {@code number} of its piece of work. */
    public Call<Q, S> attempt(int number) {
        return new Call<>(operation, table, index, request, sync, async, translate, number, stamp, capacity);
    }

    /** The request to hand to the client. */
    Q stamped(ReturnConsumedCapacity runtimeDefault) {
        return stamp.apply(request, runtimeDefault);
    }

    /** The request as sent: with the API name, and the runtime's capacity setting where the request has none. */
    @FunctionalInterface
    public interface Stamp<Q> {
        Q apply(Q request, ReturnConsumedCapacity runtimeDefault);
    }

    /**
     * The stamp of a request type that can ask for its consumed capacity: the request itself when it
     * has the API name and no runtime setting is due (the usual case: no copy), else a copy with both.
     */
    private static <Q extends DynamoDbRequest> Stamp<Q> stamp(Function<Q, ReturnConsumedCapacity> own,
                                                              BiFunction<Q, ReturnConsumedCapacity, Q> copy) {
        return (request, runtimeDefault) -> {
            ReturnConsumedCapacity chosen = own.apply(request);
            boolean named = request.overrideConfiguration().orElse(null) == OVERRIDE;
            return named && (chosen != null || runtimeDefault == null) ? request
                    : copy.apply(request, chosen != null ? chosen : runtimeDefault);
        };
    }

    private static final Stamp<GetItemRequest> GET = stamp(GetItemRequest::returnConsumedCapacity,
            (r, c) -> r.toBuilder().overrideConfiguration(OVERRIDE).returnConsumedCapacity(c).build());
    private static final Stamp<PutItemRequest> PUT = stamp(PutItemRequest::returnConsumedCapacity,
            (r, c) -> r.toBuilder().overrideConfiguration(OVERRIDE).returnConsumedCapacity(c).build());
    private static final Stamp<DeleteItemRequest> DELETE = stamp(DeleteItemRequest::returnConsumedCapacity,
            (r, c) -> r.toBuilder().overrideConfiguration(OVERRIDE).returnConsumedCapacity(c).build());
    private static final Stamp<UpdateItemRequest> UPDATE = stamp(UpdateItemRequest::returnConsumedCapacity,
            (r, c) -> r.toBuilder().overrideConfiguration(OVERRIDE).returnConsumedCapacity(c).build());
    private static final Stamp<QueryRequest> QUERY = stamp(QueryRequest::returnConsumedCapacity,
            (r, c) -> r.toBuilder().overrideConfiguration(OVERRIDE).returnConsumedCapacity(c).build());
    private static final Stamp<ScanRequest> SCAN = stamp(ScanRequest::returnConsumedCapacity,
            (r, c) -> r.toBuilder().overrideConfiguration(OVERRIDE).returnConsumedCapacity(c).build());
    private static final Stamp<BatchWriteItemRequest> BATCH_WRITE = stamp(
            BatchWriteItemRequest::returnConsumedCapacity,
            (r, c) -> r.toBuilder().overrideConfiguration(OVERRIDE).returnConsumedCapacity(c).build());
    private static final Stamp<BatchGetItemRequest> BATCH_GET = stamp(BatchGetItemRequest::returnConsumedCapacity,
            (r, c) -> r.toBuilder().overrideConfiguration(OVERRIDE).returnConsumedCapacity(c).build());
    private static final Stamp<TransactWriteItemsRequest> TRANSACT_WRITE = stamp(
            TransactWriteItemsRequest::returnConsumedCapacity,
            (r, c) -> r.toBuilder().overrideConfiguration(OVERRIDE).returnConsumedCapacity(c).build());
    private static final Stamp<TransactGetItemsRequest> TRANSACT_GET = stamp(
            TransactGetItemsRequest::returnConsumedCapacity,
            (r, c) -> r.toBuilder().overrideConfiguration(OVERRIDE).returnConsumedCapacity(c).build());

    public static Call<GetItemRequest, GetItemResponse> get(String table, GetItemRequest request) {
        return new Call<>("GetItem", table, null, request, DynamoDbClient::getItem, DynamoDbAsyncClient::getItem, null,
                1, GET, response -> one(response.consumedCapacity()));
    }

    public static Call<PutItemRequest, PutItemResponse> put(String table, PutItemRequest request,
                                                             ExceptionTranslator translate) {
        return new Call<>("PutItem", table, null, request, DynamoDbClient::putItem, DynamoDbAsyncClient::putItem,
                translate, 1, PUT, response -> one(response.consumedCapacity()));
    }

    public static Call<DeleteItemRequest, DeleteItemResponse> delete(String table, DeleteItemRequest request,
                                                                      ExceptionTranslator translate) {
        return new Call<>("DeleteItem", table, null, request, DynamoDbClient::deleteItem,
                DynamoDbAsyncClient::deleteItem, translate, 1, DELETE, response -> one(response.consumedCapacity()));
    }

    public static Call<UpdateItemRequest, UpdateItemResponse> update(String table, UpdateItemRequest request,
                                                                      ExceptionTranslator translate) {
        return new Call<>("UpdateItem", table, null, request, DynamoDbClient::updateItem,
                DynamoDbAsyncClient::updateItem, translate, 1, UPDATE, response -> one(response.consumedCapacity()));
    }

    public static Call<QueryRequest, QueryResponse> query(String table, QueryRequest request) {
        return new Call<>("Query", table, request.indexName(), request, DynamoDbClient::query,
                DynamoDbAsyncClient::query, null, 1, QUERY, response -> one(response.consumedCapacity()));
    }

    public static Call<ScanRequest, ScanResponse> scan(String table, ScanRequest request) {
        return new Call<>("Scan", table, request.indexName(), request, DynamoDbClient::scan, DynamoDbAsyncClient::scan,
                null, 1, SCAN, response -> one(response.consumedCapacity()));
    }

    /** {@code tables}: the request's table names joined by commas, for logs and exceptions. */
    public static Call<BatchWriteItemRequest, BatchWriteItemResponse> batchWrite(String tables,
                                                                              BatchWriteItemRequest request) {
        return new Call<>("BatchWriteItem", tables, null, request, DynamoDbClient::batchWriteItem,
                DynamoDbAsyncClient::batchWriteItem, null, 1, BATCH_WRITE,
                BatchWriteItemResponse::consumedCapacity);
    }

    public static Call<BatchGetItemRequest, BatchGetItemResponse> batchGet(String tables, BatchGetItemRequest request) {
        return new Call<>("BatchGetItem", tables, null, request, DynamoDbClient::batchGetItem,
                DynamoDbAsyncClient::batchGetItem, null, 1, BATCH_GET,
                BatchGetItemResponse::consumedCapacity);
    }

    public static Call<TransactWriteItemsRequest, TransactWriteItemsResponse> transactWrite(
            String tables, TransactWriteItemsRequest request, ExceptionTranslator translate) {
        return new Call<>("TransactWriteItems", tables, null, request, DynamoDbClient::transactWriteItems,
                DynamoDbAsyncClient::transactWriteItems, translate, 1, TRANSACT_WRITE,
                TransactWriteItemsResponse::consumedCapacity);
    }

    public static Call<TransactGetItemsRequest, TransactGetItemsResponse> transactGet(
            String tables, TransactGetItemsRequest request, ExceptionTranslator translate) {
        return new Call<>("TransactGetItems", tables, null, request, DynamoDbClient::transactGetItems,
                DynamoDbAsyncClient::transactGetItems, translate, 1, TRANSACT_GET,
                TransactGetItemsResponse::consumedCapacity);
    }

    private static List<ConsumedCapacity> one(ConsumedCapacity capacity) {
        return capacity == null ? List.of() : List.of(capacity);
    }
}
