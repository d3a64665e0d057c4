package dev.dynamodel.internal;

import dev.dynamodel.internal.Requests.ExceptionTranslator;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
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
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * One request, built and ready: what to send, the method that sends it on each kind of client,
 * and how to translate its failure. A {@link Sender} decides which client sends it; nothing else
 * about the request depends on that. Not an API.
 *
 * @param translate maps an SDK failure to a precise library exception, or null for none
 */
public record Call<Q, S>(String operation, String table, Q request, BiFunction<DynamoDbClient, Q, S> sync,
                         BiFunction<DynamoDbAsyncClient, Q, CompletableFuture<S>> async,
                         ExceptionTranslator translate) {

    public static Call<GetItemRequest, GetItemResponse> get(String table, GetItemRequest request) {
        return new Call<>("GetItem", table, request, DynamoDbClient::getItem, DynamoDbAsyncClient::getItem, null);
    }

    public static Call<PutItemRequest, PutItemResponse> put(String table, PutItemRequest request,
                                                             ExceptionTranslator translate) {
        return new Call<>("PutItem", table, request, DynamoDbClient::putItem, DynamoDbAsyncClient::putItem, translate);
    }

    public static Call<DeleteItemRequest, DeleteItemResponse> delete(String table, DeleteItemRequest request,
                                                                      ExceptionTranslator translate) {
        return new Call<>("DeleteItem", table, request, DynamoDbClient::deleteItem, DynamoDbAsyncClient::deleteItem,
                translate);
    }

    public static Call<UpdateItemRequest, UpdateItemResponse> update(String table, UpdateItemRequest request,
                                                                      ExceptionTranslator translate) {
        return new Call<>("UpdateItem", table, request, DynamoDbClient::updateItem, DynamoDbAsyncClient::updateItem,
                translate);
    }

    public static Call<QueryRequest, QueryResponse> query(String table, QueryRequest request) {
        return new Call<>("Query", table, request, DynamoDbClient::query, DynamoDbAsyncClient::query, null);
    }

    public static Call<ScanRequest, ScanResponse> scan(String table, ScanRequest request) {
        return new Call<>("Scan", table, request, DynamoDbClient::scan, DynamoDbAsyncClient::scan, null);
    }

    /** {@code tables}: the request's table names joined by commas, for logs and exceptions. */
    public static Call<BatchWriteItemRequest, BatchWriteItemResponse> batchWrite(String tables,
                                                                              BatchWriteItemRequest request) {
        return new Call<>("BatchWriteItem", tables, request, DynamoDbClient::batchWriteItem,
                DynamoDbAsyncClient::batchWriteItem, null);
    }

    public static Call<BatchGetItemRequest, BatchGetItemResponse> batchGet(String tables, BatchGetItemRequest request) {
        return new Call<>("BatchGetItem", tables, request, DynamoDbClient::batchGetItem,
                DynamoDbAsyncClient::batchGetItem, null);
    }

    public static Call<TransactWriteItemsRequest, TransactWriteItemsResponse> transactWrite(
            String tables, TransactWriteItemsRequest request, ExceptionTranslator translate) {
        return new Call<>("TransactWriteItems", tables, request, DynamoDbClient::transactWriteItems,
                DynamoDbAsyncClient::transactWriteItems, translate);
    }

    public static Call<TransactGetItemsRequest, TransactGetItemsResponse> transactGet(
            String tables, TransactGetItemsRequest request, ExceptionTranslator translate) {
        return new Call<>("TransactGetItems", tables, request, DynamoDbClient::transactGetItems,
                DynamoDbAsyncClient::transactGetItems, translate);
    }
}
