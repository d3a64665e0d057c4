package dev.dynamodel.transaction;

import dev.dynamodel.schema.WriteKind;
import dev.dynamodel.Model;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.internal.EntityWrites;
import dev.dynamodel.internal.Expiry;
import dev.dynamodel.internal.TableKey;
import dev.dynamodel.internal.UpdateState;
import dev.dynamodel.internal.WriteRequests.Expect;
import dev.dynamodel.internal.WriteRequests;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.update.Update;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * One checked item of a write transaction. Its expressions come from {@link WriteRequests}, the
 * builder single writes use, so a transaction's put, delete and update check exactly what
 * {@code save}, {@code delete} and {@code update} check.
 *
 * @param index its position in the transaction
 * @param operation {@code Put}, {@code Create}, {@code Update}, {@code Delete} or {@code ConditionCheck}
 * @param model the model it was added with
 * @param key the item's identity
 * @param item the transaction item DynamoDB receives
 */
record TxWrite(int index, String operation, Model<?> model, TableKey key, TransactWriteItem item) {

    static <T> TxWrite put(int index, Model<T> model, T entity, Condition condition) {
        EntitySchema<T> schema = model.schema();
        EntityWrites.Prepared<T> p = EntityWrites.prepare(schema, entity, WriteKind.SAVE, model.dynamo().clock());
        PutItemRequest r = requests(model).put(p.item(), p.expect(), p.expectedVersion(), condition);
        return new TxWrite(index, "Put", model, key(model, p.key()), TransactWriteItem.builder().put(put(r)).build());
    }

    static <T> TxWrite create(int index, Model<T> model, T entity) {
        EntityWrites.Prepared<T> p = EntityWrites.prepare(model.schema(), entity, WriteKind.CREATE, model.dynamo().clock());
        PutItemRequest r = requests(model).put(p.item(), p.expect(), null, null);
        return new TxWrite(index, "Create", model, key(model, p.key()), TransactWriteItem.builder().put(put(r)).build());
    }

    static <T> TxWrite update(int index, Model<T> model, Map<String, AttributeValue> key, Long expectedVersion,
                              Consumer<Update<T>> actions) {
        UpdateState update = new UpdateState();
        actions.accept(new Update<>(update));
        UpdateItemRequest r = requests(model).update(key, update, expectedVersion, model.dynamo().clock());
        software.amazon.awssdk.services.dynamodb.model.Update item = software.amazon.awssdk.services.dynamodb.model.Update
                .builder()
                .tableName(r.tableName())
                .key(r.key())
                .updateExpression(r.updateExpression())
                .conditionExpression(r.conditionExpression())
                .expressionAttributeNames(r.hasExpressionAttributeNames() ? r.expressionAttributeNames() : null)
                .expressionAttributeValues(r.hasExpressionAttributeValues() ? r.expressionAttributeValues() : null)
                .returnValuesOnConditionCheckFailure(r.returnValuesOnConditionCheckFailure())
                .build();
        return new TxWrite(index, "Update", model, key(model, key), TransactWriteItem.builder().update(item).build());
    }

    static <T> TxWrite delete(int index, Model<T> model, Map<String, AttributeValue> key, Long expectedVersion,
                              Condition condition) {
        DeleteItemRequest r = requests(model).delete(key, expectedVersion, condition);
        Delete item = Delete.builder()
                .tableName(r.tableName())
                .key(r.key())
                .conditionExpression(r.conditionExpression())
                .expressionAttributeNames(r.hasExpressionAttributeNames() ? r.expressionAttributeNames() : null)
                .expressionAttributeValues(r.hasExpressionAttributeValues() ? r.expressionAttributeValues() : null)
                .returnValuesOnConditionCheckFailure(r.returnValuesOnConditionCheckFailure())
                .build();
        return new TxWrite(index, "Delete", model, key(model, key), TransactWriteItem.builder().delete(item).build());
    }

    static <T> TxWrite check(int index, Model<T> model, Map<String, AttributeValue> key, Condition condition) {
        ConditionCheck item = requests(model).check(key, condition);
        return new TxWrite(index, "ConditionCheck", model, key(model, key),
                TransactWriteItem.builder().conditionCheck(item).build());
    }

    private static Put put(PutItemRequest r) {
        return Put.builder()
                .tableName(r.tableName())
                .item(r.item())
                .conditionExpression(r.conditionExpression())
                .expressionAttributeNames(r.hasExpressionAttributeNames() ? r.expressionAttributeNames() : null)
                .expressionAttributeValues(r.hasExpressionAttributeValues() ? r.expressionAttributeValues() : null)
                .returnValuesOnConditionCheckFailure(r.returnValuesOnConditionCheckFailure())
                .build();
    }

    private static <T> WriteRequests<T> requests(Model<T> model) {
        return new WriteRequests<>(model.tableName(), model.schema(), Expiry.of(model.dynamo().hideExpiredItems(), model.dynamo().clock(), model.schema()));
    }

    private static TableKey key(Model<?> model, Map<String, AttributeValue> key) {
        return TableKey.checked(model.tableName(), model.schema(), key);
    }
}
