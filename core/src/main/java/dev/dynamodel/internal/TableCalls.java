package dev.dynamodel.internal;

import dev.dynamodel.internal.Requests.ExceptionTranslator;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeContinuousBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeContinuousBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.TagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;

/**
 * The table-level requests as {@link Call}s, so that both senders send them: the reads a plan
 * needs, and the one request of each kind of {@link dev.dynamodel.table.TableChange}. Not an API.
 */
final class TableCalls {
    private TableCalls() {
    }

    static Call<DescribeTableRequest, DescribeTableResponse> describe(String table, ExceptionTranslator translate) {
        return new Call<>("DescribeTable", table, DescribeTableRequest.builder().tableName(table).build(),
                DynamoDbClient::describeTable, DynamoDbAsyncClient::describeTable, translate);
    }

    static Call<DescribeTimeToLiveRequest, DescribeTimeToLiveResponse> describeTimeToLive(String table) {
        return new Call<>("DescribeTimeToLive", table, DescribeTimeToLiveRequest.builder().tableName(table).build(),
                DynamoDbClient::describeTimeToLive, DynamoDbAsyncClient::describeTimeToLive, null);
    }

    static Call<DescribeContinuousBackupsRequest, DescribeContinuousBackupsResponse> describeBackups(String table) {
        return new Call<>("DescribeContinuousBackups", table,
                DescribeContinuousBackupsRequest.builder().tableName(table).build(),
                DynamoDbClient::describeContinuousBackups, DynamoDbAsyncClient::describeContinuousBackups, null);
    }

    static Call<ListTagsOfResourceRequest, ListTagsOfResourceResponse> listTags(String table, String arn, String next) {
        return new Call<>("ListTagsOfResource", table,
                ListTagsOfResourceRequest.builder().resourceArn(arn).nextToken(next).build(),
                DynamoDbClient::listTagsOfResource, DynamoDbAsyncClient::listTagsOfResource, null);
    }

    static Call<DeleteTableRequest, ?> delete(String table) {
        return new Call<>("DeleteTable", table, DeleteTableRequest.builder().tableName(table).build(),
                DynamoDbClient::deleteTable, DynamoDbAsyncClient::deleteTable, null);
    }

    /** The call that sends a change's request; the request types are those {@link TablePlanner} makes. */
    static Call<?, ?> change(String table, DynamoDbRequest request) {
        if (request instanceof CreateTableRequest create) {
            return new Call<>("CreateTable", table, create, DynamoDbClient::createTable,
                    DynamoDbAsyncClient::createTable, null);
        }
        if (request instanceof UpdateTableRequest update) {
            return new Call<>("UpdateTable", table, update, DynamoDbClient::updateTable,
                    DynamoDbAsyncClient::updateTable, null);
        }
        if (request instanceof UpdateTimeToLiveRequest ttl) {
            return new Call<>("UpdateTimeToLive", table, ttl, DynamoDbClient::updateTimeToLive,
                    DynamoDbAsyncClient::updateTimeToLive, null);
        }
        if (request instanceof UpdateContinuousBackupsRequest backups) {
            return new Call<>("UpdateContinuousBackups", table, backups, DynamoDbClient::updateContinuousBackups,
                    DynamoDbAsyncClient::updateContinuousBackups, null);
        }
        if (request instanceof TagResourceRequest tags) {
            return new Call<>("TagResource", table, tags, DynamoDbClient::tagResource,
                    DynamoDbAsyncClient::tagResource, null);
        }
        throw new IllegalArgumentException("no table change sends a " + request.getClass().getSimpleName());
    }

    /** Whether DynamoDB works on the table after the request, so that the next step must wait until it is active. */
    static boolean needsWait(DynamoDbRequest request) {
        return request instanceof CreateTableRequest || request instanceof UpdateTableRequest;
    }
}
