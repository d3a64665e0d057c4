package dev.dynamodel.batch;

import dev.dynamodel.schema.WriteKind;
import dev.dynamodel.Model;
import dev.dynamodel.batch.UnwrittenItem.Operation;
import dev.dynamodel.internal.EntityWrites;
import dev.dynamodel.internal.TableKey;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * One checked operation of a batch write, ready to go into a request.
 *
 * @param index its position in the call
 * @param operation put or delete
 * @param model the model it was added with
 * @param key the item's identity
 * @param entity the entity as stored (put), the entity given (delete), or null (delete by key)
 * @param request the request element DynamoDB receives
 */
record WriteOp(int index, Operation operation, Model<?> model, TableKey key, Object entity, WriteRequest request) {

    static <T> WriteOp put(int index, Model<T> model, T entity) {
        EntityWrites.Prepared<T> prepared = EntityWrites.prepare(model.schema(), entity, WriteKind.SAVE, model.dynamo().clock());
        Map<String, AttributeValue> item = prepared.item();
        return new WriteOp(index, Operation.PUT, model, new TableKey(model.tableName(), prepared.key()),
                prepared.entity(), WriteRequest.builder().putRequest(r -> r.item(item)).build());
    }

    static <T> WriteOp delete(int index, Model<T> model, T entity) {
        if (entity == null) {
            throw new IllegalArgumentException("A " + model.schema().entityName() + " to delete must not be null");
        }
        return deleteOf(index, model, new TableKey(model.tableName(), model.schema().keyOf(entity)), entity);
    }

    static <T> WriteOp deleteKey(int index, Model<T> model, Map<String, AttributeValue> key) {
        return deleteOf(index, model, TableKey.checked(model.tableName(), model.schema(), key), null);
    }

    private static WriteOp deleteOf(int index, Model<?> model, TableKey key, Object entity) {
        Map<String, AttributeValue> attributes = key.key();
        return new WriteOp(index, Operation.DELETE, model, key, entity,
                WriteRequest.builder().deleteRequest(r -> r.key(attributes)).build());
    }

    UnwrittenItem unwritten(String reason, RuntimeException cause) {
        return new UnwrittenItem(index, operation, key.table(), key.key(), entity, reason, cause);
    }
}
