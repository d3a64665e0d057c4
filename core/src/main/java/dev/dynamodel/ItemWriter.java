package dev.dynamodel;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.exception.ConditionFailedException;
import dev.dynamodel.exception.ItemAlreadyExistsException;
import dev.dynamodel.exception.ItemNotFoundException;
import dev.dynamodel.exception.MissingParentException;
import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.exception.VersionConflictException;
import dev.dynamodel.internal.Expiry;
import dev.dynamodel.internal.Requests;
import dev.dynamodel.internal.UpdateState;
import dev.dynamodel.internal.WriteRequests.Expect;
import dev.dynamodel.internal.WriteRequests;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.support.Keys;
import dev.dynamodel.support.UpdateAction;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Sends a model's conditional writes (put, delete, update), built by {@link WriteRequests}, and
 * translates a failed condition into the exception that says why: the item exists, is missing,
 * has another version, or the caller's condition did not hold, carrying the item as it is now.
 * An expired item that reads hide counts as missing here too (see {@link Expiry}).
 */
final class ItemWriter<T> {
    /** DynamoDB's text when an update writes inside a map or list the item does not have. */
    private static final String INVALID_DOCUMENT_PATH = "document path provided in the update expression is invalid";

    private final DynamoDbClient client;
    private final String tableName;
    private final EntitySchema<T> schema;
    private final WriteRequests<T> requests;
    private final Expiry expiry;
    private final Clock clock;

    ItemWriter(DynamoDbClient client, String tableName, EntitySchema<T> schema, Expiry expiry, Clock clock) {
        this.client = client;
        this.clock = clock;
        this.tableName = tableName;
        this.schema = schema;
        this.expiry = expiry;
        this.requests = new WriteRequests<>(tableName, schema, expiry);
    }

    /** A {@code create}: the item must not exist, and if it does that is what the caller hears. */
    void create(Map<String, AttributeValue> item, Map<String, AttributeValue> key) {
        PutItemRequest request = requests.put(item, Expect.ABSENT, null, null);
        Requests.send("PutItem", tableName, () -> client.putItem(request),
                e -> e instanceof ConditionalCheckFailedException
                        ? new ItemAlreadyExistsException(tableName, key, e) : null);
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

    T update(Map<String, AttributeValue> key, UpdateState update, Long expectedVersion) {
        UpdateItemRequest request = requests.update(key, update, expectedVersion, clock);
        Expect expect = WriteRequests.updateExpect(update);
        UpdateItemResponse response;
        try {
            response = sendUpdate(request, key, update, expect, expectedVersion);
        } catch (ExpiredUnderUpsert expired) {
            // An upsert treats an expired item as missing: it starts from no item, not from the
            // expired one's attributes. Delete it (only if still expired) and update once more.
            DeleteItemRequest delete = requests.deleteExpired(key);
            try {
                Requests.send("DeleteItem", tableName, () -> client.deleteItem(delete),
                        e -> e instanceof ConditionalCheckFailedException ? new ExpiredUnderUpsert() : null);
            } catch (ExpiredUnderUpsert rewritten) {
                // Someone wrote the item meanwhile: the update below applies to what is there now.
            }
            response = sendUpdate(request, key, update, Expect.NOTHING, expectedVersion);
        }
        return response.hasAttributes() && !response.attributes().isEmpty() ? schema.fromItem(response.attributes()) : null;
    }

    private UpdateItemResponse sendUpdate(UpdateItemRequest request, Map<String, AttributeValue> key, UpdateState update,
                                          Expect expect, Long expectedVersion) {
        return Requests.send("UpdateItem", tableName, () -> client.updateItem(request), e -> {
            if (expect == Expect.NOT_EXPIRED && e instanceof ConditionalCheckFailedException failed && failed.hasItem()
                    && expiry.hides(failed.item())) {
                return new ExpiredUnderUpsert();
            }
            if (isMissingParent(e)) {
                return missingParent(key, update, e);
            }
            return translate(e, "UpdateItem", key, expect, expectedVersion);
        });
    }

    private static boolean isMissingParent(SdkException e) {
        return e instanceof DynamoDbException d && d.awsErrorDetails() != null
                && "ValidationException".equals(d.awsErrorDetails().errorCode())
                && d.awsErrorDetails().errorMessage() != null
                && d.awsErrorDetails().errorMessage().contains(INVALID_DOCUMENT_PATH);
    }

    /** Names the parents the update wrote into; DynamoDB's own message names none. */
    private RuntimeException missingParent(Map<String, AttributeValue> key, UpdateState update, SdkException e) {
        Set<String> parents = new LinkedHashSet<>();
        Set<String> nested = new LinkedHashSet<>();
        for (UpdateAction action : update.actions()) {
            AttributePath path = action.path();
            if (!path.isTopLevel()) {
                nested.add(path.toString());
                parents.add(parent(path).toString());
            }
        }
        return parents.isEmpty() ? null
                : new MissingParentException(tableName, key, List.copyOf(parents), List.copyOf(nested), e);
    }

    private static AttributePath parent(AttributePath path) {
        List<Object> segments = path.segments();
        AttributePath parent = AttributePath.of(path.root());
        for (Object segment : segments.subList(1, segments.size() - 1)) {
            parent = segment instanceof Integer i ? parent.index(i) : parent.child((String) segment);
        }
        return parent;
    }

    /** Says why a condition failed: the item exists, is missing, has another version, or the caller's condition. */
    private RuntimeException translate(SdkException e, String operation, Map<String, AttributeValue> key, Expect expect,
                                       Long expectedVersion) {
        if (!(e instanceof ConditionalCheckFailedException failed)) {
            return null;
        }
        // An expired item that reads hide is no item for the caller either.
        Map<String, AttributeValue> now = failed.hasItem() ? expiry.visible(failed.item()) : null;
        Optional<String> versionName = schema.versionAttribute();
        if (expect == Expect.ABSENT && now != null && expectedVersion == null && versionName.isEmpty()) {
            return new ItemAlreadyExistsException(tableName, key, e);
        }
        if (expect == Expect.PRESENT && now == null && versionName.isEmpty()) {
            return new ItemNotFoundException(tableName, key, e);
        }
        boolean versionMismatch = versionName.isPresent() && (expect == Expect.ABSENT && now != null
                || expectedVersion != null && (now == null || !versionMatches(now, versionName.get(), expectedVersion)));
        if (versionMismatch) {
            return new VersionConflictException(tableName, operation, key, "expected version "
                    + (expectedVersion == null ? "none (a new item)" : expectedVersion) + " but found "
                    + (now == null ? "no item" : storedVersion(now, versionName.get())), schema, now, e);
        }
        if (expect == Expect.PRESENT && now == null) {
            return new ItemNotFoundException(tableName, key, e);
        }
        if (expect == Expect.ABSENT && now != null) {
            return new ItemAlreadyExistsException(tableName, key, e);
        }
        return new ConditionFailedException(tableName, operation, key, "the condition did not hold", schema, now, e);
    }

    private static String storedVersion(Map<String, AttributeValue> item, String versionName) {
        AttributeValue stored = item.get(versionName);
        return stored == null || stored.n() == null ? "no version" : "version " + stored.n();
    }

    private static boolean versionMatches(Map<String, AttributeValue> item, String versionName, long expected) {
        AttributeValue stored = item.get(versionName);
        return stored != null && stored.n() != null && Long.parseLong(stored.n()) == expected;
    }

    /** An upsert met an expired item (or its delete lost a race); never escapes {@link #update}. */
    private static final class ExpiredUnderUpsert extends RuntimeException {
        ExpiredUnderUpsert() {
            super(null, null, false, false);
        }
    }
}
