package dev.dynamodel.batch;

import dev.dynamodel.support.Keys;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One operation of a batch write that DynamoDB has not confirmed. Puts and deletes are
 * idempotent, so sending it again (in a new batch) is safe.
 *
 * <pre>{@code
 * catch (BatchWriteException e) {
 *     for (UnwrittenItem item : e.unwritten()) {
 *         log.warn("not written: {}", item);   // #3 PUT Movies (key: title, year): still unprocessed after 8 attempts
 *         retryLater.add(item.key());
 *     }
 * }
 * }</pre>
 *
 * <p>Its {@code toString()} (which {@link BatchWriteException}'s message is made of) names the key's
 * attribute names, never its values: {@code #3 PUT Movies (key: title, year): ...}.
 *
 * @param index the operation's position in the batch, from 0
 * @param operation put or delete
 * @param table the physical table
 * @param key the item's key
 * @param entity for a put, the entity as it was to be stored; for a delete given an entity, that
 *               entity; else null
 * @param reason why it was given up on: still unprocessed after the last attempt, throttled on
 *               the last attempt, or refused (the cause says by what)
 * @param cause the exception of the last attempt, or null if DynamoDB just kept returning it unprocessed
 */
public record UnwrittenItem(int index, Operation operation, String table, Map<String, AttributeValue> key,
                           Object entity, String reason, RuntimeException cause) {

    /** What the batch was to do with the item. */
    public enum Operation { PUT, DELETE }

    /** The entity, typed; empty for a delete given only a key. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> entityAs(Class<T> type) {
        return type.isInstance(entity) ? Optional.of((T) entity) : Optional.empty();
    }

    @Override
    public String toString() {
        return "#" + index + " " + operation + " " + table + " (" + Keys.describe(key) + "): " + reason;
    }
}
