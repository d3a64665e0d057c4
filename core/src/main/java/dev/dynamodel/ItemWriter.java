package dev.dynamodel;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.condition.ExpressionWriter;
import dev.dynamodel.condition.Operator;
import dev.dynamodel.internal.Keys;
import dev.dynamodel.internal.Requests;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.update.Update;
import dev.dynamodel.update.UpdateAction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Builds and sends a model's conditional writes (put, delete, update): the existence checks, the
 * version checks of optimistic locking, the caller's conditions, and the translation of a failed
 * condition into the exception that says why, carrying the item as it is now.
 */
final class ItemWriter<T> {
    private final DynamoDbClient client;
    private final String tableName;
    private final EntitySchema<T> schema;

    ItemWriter(DynamoDbClient client, String tableName, EntitySchema<T> schema) {
        this.client = client;
        this.tableName = tableName;
        this.schema = schema;
    }

    /** What a write expects of the stored item besides the caller's condition. */
    enum Expect { NOTHING, ABSENT, PRESENT }

    void put(T entity, Map<String, AttributeValue> key, Expect expect, Long expectedVersion, Condition condition) {
        ExpressionWriter writer = new ExpressionWriter();
        String expression = conditionExpression(writer, expect, expectedVersion, condition);
        PutItemRequest request = PutItemRequest.builder()
                .tableName(tableName)
                .item(schema.toItem(entity))
                .conditionExpression(expression)
                .expressionAttributeNames(writer.names())
                .expressionAttributeValues(writer.values())
                .returnValuesOnConditionCheckFailure(expression == null ? null : ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .build();
        Requests.send("PutItem", tableName, () -> client.putItem(request),
                e -> translate(e, "PutItem", key, expect, expectedVersion));
    }

    void delete(Map<String, AttributeValue> key, Long expectedVersion, Condition condition) {
        ExpressionWriter writer = new ExpressionWriter();
        Expect expect = expectedVersion == null ? Expect.NOTHING : Expect.PRESENT;
        String expression = conditionExpression(writer, expect, expectedVersion, condition);
        DeleteItemRequest request = DeleteItemRequest.builder()
                .tableName(tableName)
                .key(key)
                .conditionExpression(expression)
                .expressionAttributeNames(writer.names())
                .expressionAttributeValues(writer.values())
                .returnValuesOnConditionCheckFailure(expression == null ? null : ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .build();
        Requests.send("DeleteItem", tableName, () -> client.deleteItem(request),
                e -> translate(e, "DeleteItem", key, expect, expectedVersion));
    }

    T update(Map<String, AttributeValue> key, Update<T> update, Long expectedVersion) {
        UpdateItemRequest request = updateRequest(key, update, expectedVersion);
        Expect expect = update.isUpsert() ? Expect.NOTHING : Expect.PRESENT;
        UpdateItemResponse response = Requests.send("UpdateItem", tableName, () -> client.updateItem(request),
                e -> translate(e, "UpdateItem", key, expect, expectedVersion));
        return response.hasAttributes() && !response.attributes().isEmpty() ? schema.fromItem(response.attributes()) : null;
    }

    UpdateItemRequest updateRequest(Map<String, AttributeValue> key, Update<T> update, Long expectedVersion) {
        List<UpdateAction> actions = new ArrayList<>(update.actions());
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("An update of " + schema.entityName() + " needs at least one action");
        }
        for (UpdateAction action : actions) {
            String root = action.path().root();
            if (key.containsKey(root)) {
                throw new IllegalArgumentException("Key attribute '" + root + "' of " + schema.entityName()
                        + " cannot be updated; write a new item and delete the old one instead");
            }
        }
        schema.versionAttribute().ifPresent(version -> actions.add(
                UpdateAction.addNumber(AttributePath.of(version), AttributeValue.fromN("1"))));
        ExpressionWriter writer = new ExpressionWriter();
        String updateExpression = render(actions, writer);
        Expect expect = update.isUpsert() ? Expect.NOTHING : Expect.PRESENT;
        String condition = conditionExpression(writer, expect, expectedVersion, update.condition());
        return UpdateItemRequest.builder()
                .tableName(tableName)
                .key(key)
                .updateExpression(updateExpression)
                .conditionExpression(condition)
                .expressionAttributeNames(writer.names())
                .expressionAttributeValues(writer.values())
                .returnValues(update.returnValue())
                .returnValuesOnConditionCheckFailure(condition == null ? null : ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .build();
    }

    private static String render(List<UpdateAction> actions, ExpressionWriter writer) {
        Map<UpdateAction.Clause, List<String>> clauses = new EnumMap<>(UpdateAction.Clause.class);
        for (UpdateAction action : actions) {
            clauses.computeIfAbsent(action.clause(), c -> new ArrayList<>()).add(action.render(writer));
        }
        StringBuilder out = new StringBuilder();
        clauses.forEach((clause, parts) -> out.append(out.length() == 0 ? "" : " ").append(clause.name()).append(' ')
                .append(String.join(", ", parts)));
        return out.toString();
    }

    private String conditionExpression(ExpressionWriter writer, Expect expect, Long expectedVersion, Condition condition) {
        List<Condition> parts = new ArrayList<>();
        AttributePath hash = AttributePath.of(schema.hashKey().name());
        if (expect == Expect.ABSENT) {
            parts.add(new Condition.Function("attribute_not_exists", hash, null));
        } else if (expect == Expect.PRESENT) {
            parts.add(new Condition.Function("attribute_exists", hash, null));
        }
        if (expectedVersion != null) {
            String version = schema.versionAttribute().orElseThrow();
            parts.add(new Condition.Compare(AttributePath.of(version), Operator.EQ,
                    AttributeValue.fromN(Long.toString(expectedVersion))));
        }
        if (condition != null) {
            parts.add(condition);
        }
        if (parts.isEmpty()) {
            return null;
        }
        return (parts.size() == 1 ? parts.get(0) : Condition.all(parts.toArray(Condition[]::new))).render(writer);
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

    /** The physical table, for messages. */
    String tableName() {
        return tableName;
    }

    static ReturnValue defaultReturn() {
        return ReturnValue.ALL_NEW;
    }
}
