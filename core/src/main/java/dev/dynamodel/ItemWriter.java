package dev.dynamodel;

import dev.dynamodel.condition.Condition;
import dev.dynamodel.internal.Keys;
import dev.dynamodel.internal.Requests;
import dev.dynamodel.internal.WriteRequests;
import dev.dynamodel.internal.WriteRequests.Expect;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.update.Update;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Sends a model's conditional writes (put, delete, update), built by {@link WriteRequests}, and
 * translates a failed condition into the exception that says why: the item exists, is missing,
 * has another version, or the caller's condition did not hold, carrying the item as it is now.
 */
final class ItemWriter<T> {
    private final DynamoDbClient client;
    private final String tableName;
    private final EntitySchema<T> schema;
    private final WriteRequests<T> requests;
    private final Clock clock;

    ItemWriter(DynamoDbClient client, String tableName, EntitySchema<T> schema, Clock clock) {
        this.client = client;
        this.clock = clock;
        this.tableName = tableName;
        this.schema = schema;
        this.requests = new WriteRequests<>(tableName, schema);
    }

    /** A {@code create}: the item must not exist, and if it does that is what the caller hears. */
    void create(Map<String, AttributeValue> item, Map<String, AttributeValue> key) {
        PutItemRequest request = requests.put(item, Expect.ABSENT, null, null);
        Requests.send("PutItem", tableName, () -> client.putItem(request),
                e -> e instanceof ConditionalCheckFailedException
                        ? new ItemAlreadyExistsException(tableName, Keys.describe(key), e) : null);
    }

    void put(Map<String, AttributeValue> item, Map<String, AttributeValue> key, Expect expect, Long expectedVersion,
             Condition condition) {
        PutItemRequest request = requests.put(item, expect, expectedVersion, condition);
        Requests.send("PutItem", tableName, () -> client.putItem(request),
                e -> translate(e, "PutItem", key, expect, expectedVersion));
    }

    void delete(Map<String, AttributeValue> key, Long expectedVersion, Condition condition) {
        DeleteItemRequest request = requests.delete(key, expectedVersion, condition);
        Expect expect = WriteRequests.deleteExpect(expectedVersion);
        Requests.send("DeleteItem", tableName, () -> client.deleteItem(request),
                e -> translate(e, "DeleteItem", key, expect, expectedVersion));
    }

    T update(Map<String, AttributeValue> key, Update<T> update, Long expectedVersion) {
        UpdateItemRequest request = requests.update(key, update, expectedVersion, clock);
        Expect expect = WriteRequests.updateExpect(update);
        UpdateItemResponse response = Requests.send("UpdateItem", tableName, () -> client.updateItem(request),
                e -> translate(e, "UpdateItem", key, expect, expectedVersion));
        return response.hasAttributes() && !response.attributes().isEmpty() ? schema.fromItem(response.attributes()) : null;
    }

    /** Says why a condition failed: the item exists, is missing, has another version, or the caller's condition. */
    private RuntimeException translate(SdkException e, String operation, Map<String, AttributeValue> key, Expect expect,
                                       Long expectedVersion) {
        if (!(e instanceof ConditionalCheckFailedException failed)) {
            return null;
        }
        Map<String, AttributeValue> now = failed.hasItem() && !failed.item().isEmpty() ? failed.item() : null;
        T current = now == null ? null : schema.fromItem(now);
        String described = Keys.describe(key);
        Optional<String> versionName = schema.versionAttribute();
        if (expect == Expect.ABSENT && now != null && expectedVersion == null && versionName.isEmpty()) {
            return new ItemAlreadyExistsException(tableName, described, e);
        }
        if (expect == Expect.PRESENT && now == null && versionName.isEmpty()) {
            return new ItemNotFoundException(tableName, described, e);
        }
        boolean versionMismatch = versionName.isPresent() && (expect == Expect.ABSENT && now != null
                || expectedVersion != null && (now == null || !versionMatches(now, versionName.get(), expectedVersion)));
        if (versionMismatch) {
            return new VersionConflictException(tableName, operation, operation + " on " + described + " expected version "
                    + (expectedVersion == null ? "none (a new item)" : expectedVersion) + " but found "
                    + (now == null ? "no item" : String.valueOf(schema.versionOf(current))), current, now, e);
        }
        if (expect == Expect.PRESENT && now == null) {
            return new ItemNotFoundException(tableName, described, e);
        }
        if (expect == Expect.ABSENT && now != null) {
            return new ItemAlreadyExistsException(tableName, described, e);
        }
        return new ConditionFailedException(tableName, operation, operation + " on " + described
                + ": the condition did not hold", current, now, e);
    }

    private static boolean versionMatches(Map<String, AttributeValue> item, String versionName, long expected) {
        AttributeValue stored = item.get(versionName);
        return stored != null && stored.n() != null && Long.parseLong(stored.n()) == expected;
    }
}
