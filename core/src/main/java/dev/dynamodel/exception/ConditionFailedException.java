package dev.dynamodel.exception;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A write's condition did not hold; nothing was written. Carries the item as it is now, read in
 * the same request ({@code ReturnValuesOnConditionCheckFailure = ALL_OLD}); {@link #current(ItemReader)}
 * gives it typed, by the schema of the entity that was written.
 *
 * <pre>{@code
 * try {
 *     movies.save(movie, MovieSchema.INFO.rank().lt(10));
 * } catch (ConditionFailedException e) {
 *     Optional<Movie> now = e.current(MovieSchema.INSTANCE);
 * }
 * }</pre>
 *
 * <p>The message names the operation, the table and the key's attribute names, never a stored
 * value: {@code PutItem on table Movies (key: title, year): the condition did not hold}.
 * {@link #key()} has the key's values.
 */
public class ConditionFailedException extends DynamoRequestException {
    private final transient ItemReader<?> schema;
    private final transient Map<String, AttributeValue> key;
    private final transient Map<String, AttributeValue> currentItem;

    /**
     * @param key         the key of the item written
     * @param problem     what did not hold, for the message; it must not quote stored values
     * @param schema      the schema of the entity whose write failed
     * @param currentItem the item as stored now, or null if there is none
     */
    public ConditionFailedException(String table, String operation, Map<String, AttributeValue> key, String problem,
                                    ItemReader<?> schema, Map<String, AttributeValue> currentItem,
                                    SdkException cause) {
        super(table, operation, operation + " on table " + table + " (" + KeyNames.of(key) + "): " + problem, cause);
        this.key = Map.copyOf(key);
        this.schema = Objects.requireNonNull(schema, "schema");
        this.currentItem = currentItem;
    }

    /** The key of the item whose write failed. */
    public Map<String, AttributeValue> key() {
        return key;
    }

    /**
     * The entity as it is stored now; empty if there is no such item.
     *
     * @param schema the schema of the entity that was written ({@code MovieSchema.INSTANCE}, or {@code model.schema()})
     * @throws IllegalArgumentException if the write was of another entity; the message names both
     */
    public <T> Optional<T> current(ItemReader<T> schema) {
        if (!this.schema.equals(schema)) {
            throw new IllegalArgumentException("The failed " + operation() + " on table " + table() + " wrote a "
                    + this.schema.entityName() + ", not a " + schema.entityName() + "; pass the schema of "
                    + this.schema.entityName());
        }
        return currentItem == null ? Optional.empty() : Optional.of(schema.fromItem(currentItem));
    }

    /** The stored item as DynamoDB returned it; empty if there is no such item. */
    public Optional<Map<String, AttributeValue>> currentItem() {
        return Optional.ofNullable(currentItem);
    }

    /** The simple name of the entity whose write failed. */
    public String entityName() {
        return schema.entityName();
    }
}
