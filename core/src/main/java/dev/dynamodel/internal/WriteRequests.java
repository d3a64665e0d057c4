package dev.dynamodel.internal;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.condition.ExpressionWriter;
import dev.dynamodel.condition.Operator;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.support.UpdateAction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Builds the conditional write requests of one entity's table (put, delete, update, condition
 * check): existence checks, the version check of optimistic locking and the caller's condition,
 * all rendered with placeholders. Single writes send them as they are; transactions copy them
 * into their items, so both write exactly the same expressions. Not an API.
 *
 * @param <T> the entity type
 */
public final class WriteRequests<T> {
    private final String tableName;
    private final EntitySchema<T> schema;
    private final Expiry expiry;

    /** Requests for a table whose expired items are treated as {@code expiry} says. */
    public WriteRequests(String tableName, EntitySchema<T> schema, Expiry expiry) {
        this.tableName = tableName;
        this.schema = schema;
        this.expiry = expiry;
    }

    /**
     * What a write expects of the stored item besides the caller's condition. An expired item that
     * reads hide (see {@link Expiry}) counts as absent for all of them.
     */
    public enum Expect {
        /** Anything (a plain put or delete replaces or removes whatever is there). */
        NOTHING,
        /** No item (or an expired one): create, and save of a new versioned entity. */
        ABSENT,
        /** An item that is not expired: an update, a versioned delete. */
        PRESENT,
        /** No item, or one that is not expired: an upsert, which must not merge into an expired item. */
        NOT_EXPIRED
    }

    /** A put of an item already converted (and checked) by {@link EntityWrites}. */
    public PutItemRequest put(Map<String, AttributeValue> item, Expect expect, Long expectedVersion,
                              Condition condition) {
        ExpressionWriter writer = new ExpressionWriter();
        String expression = conditionExpression(writer, expect, expectedVersion, condition);
        return PutItemRequest.builder()
                .overrideConfiguration(Call.OVERRIDE)
                .tableName(tableName)
                .item(item)
                .conditionExpression(expression)
                .expressionAttributeNames(writer.names())
                .expressionAttributeValues(writer.values())
                .returnValuesOnConditionCheckFailure(onFailure(expression))
                .build();
    }

    /** A delete; {@code expectedVersion} (if not null) must be the stored one. */
    public DeleteItemRequest delete(Map<String, AttributeValue> key, Long expectedVersion, Condition condition) {
        ExpressionWriter writer = new ExpressionWriter();
        String expression = conditionExpression(writer, deleteExpect(expectedVersion), expectedVersion, condition);
        return DeleteItemRequest.builder()
                .overrideConfiguration(Call.OVERRIDE)
                .tableName(tableName)
                .key(key)
                .conditionExpression(expression)
                .expressionAttributeNames(writer.names())
                .expressionAttributeValues(writer.values())
                .returnValuesOnConditionCheckFailure(onFailure(expression))
                .build();
    }

    /** What a delete expects: a versioned delete needs the item to exist. */
    public static Expect deleteExpect(Long expectedVersion) {
        return expectedVersion == null ? Expect.NOTHING : Expect.PRESENT;
    }

    /** What an update expects: the item must exist unless it is an upsert. */
    public static Expect updateExpect(UpdateState update) {
        return update.isUpsert() ? Expect.NOT_EXPIRED : Expect.PRESENT;
    }

    /** A delete of the item with this key only if it is (still) expired; null when the rule is off. */
    public DeleteItemRequest deleteExpired(Map<String, AttributeValue> key) {
        return expiry.expired().map(expired -> {
            ExpressionWriter writer = new ExpressionWriter();
            String expression = expired.render(writer);
            return DeleteItemRequest.builder()
                    .overrideConfiguration(Call.OVERRIDE)
                    .tableName(tableName)
                    .key(key)
                    .conditionExpression(expression)
                    .expressionAttributeNames(writer.names())
                    .expressionAttributeValues(writer.values())
                    .build();
        }).orElse(null);
    }

    /**
     * An update with the builder's actions, checked against the schema's rules, plus the
     * timestamps and the version increment of a versioned entity.
     *
     * @throws IllegalArgumentException if there are no actions or one touches a key attribute
     * @throws dev.dynamodel.exception.ValidationException if a value set breaks the schema's rules
     */
    public UpdateItemRequest update(Map<String, AttributeValue> key, UpdateState update, Long expectedVersion,
                                    Clock clock) {
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
        List<UpdateAction> all = new ArrayList<>(UpdateRules.apply(schema, actions, update.isUpsert(), clock));
        schema.versionAttribute().ifPresent(version -> all.add(
                UpdateAction.addNumber(AttributePath.of(version), AttributeValue.fromN("1"))));
        ExpressionWriter writer = new ExpressionWriter();
        String updateExpression = render(all, writer);
        String condition = conditionExpression(writer, updateExpect(update), expectedVersion, update.condition());
        return UpdateItemRequest.builder()
                .overrideConfiguration(Call.OVERRIDE)
                .tableName(tableName)
                .key(key)
                .updateExpression(updateExpression)
                .conditionExpression(condition)
                .expressionAttributeNames(writer.names())
                .expressionAttributeValues(writer.values())
                .returnValues(update.returnValue())
                .returnValuesOnConditionCheckFailure(onFailure(condition))
                .build();
    }

    /** A transaction's condition check: the condition must hold for the item with this key. */
    public ConditionCheck check(Map<String, AttributeValue> key, Condition condition) {
        if (condition == null) {
            throw new IllegalArgumentException("A condition check on " + schema.entityName() + " needs a condition");
        }
        ExpressionWriter writer = new ExpressionWriter();
        String expression = condition.render(writer);
        return ConditionCheck.builder()
                .tableName(tableName)
                .key(key)
                .conditionExpression(expression)
                .expressionAttributeNames(writer.names())
                .expressionAttributeValues(writer.values())
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
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
        Condition absent = new Condition.Function("attribute_not_exists", hash, null);
        if (expect == Expect.ABSENT) {
            parts.add(expiry.expired().map(expired -> Condition.any(absent, expired)).orElse(absent));
        } else if (expect == Expect.PRESENT) {
            parts.add(new Condition.Function("attribute_exists", hash, null));
        }
        // A version check reads the stored item too: an expired one is no item, so the check fails.
        if (expect == Expect.PRESENT || expect == Expect.NOT_EXPIRED || expectedVersion != null) {
            expiry.live().ifPresent(parts::add);
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

    private static ReturnValuesOnConditionCheckFailure onFailure(String expression) {
        return expression == null ? null : ReturnValuesOnConditionCheckFailure.ALL_OLD;
    }
}
