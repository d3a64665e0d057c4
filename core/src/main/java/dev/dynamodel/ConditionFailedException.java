package dev.dynamodel;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A write's condition did not hold; nothing was written. Carries the item as it is now, read in
 * the same request ({@code ReturnValuesOnConditionCheckFailure = ALL_OLD}).
 *
 * <pre>{@code
 * try {
 *     movies.save(movie, MovieSchema.INFO.rank().lt(10));
 * } catch (ConditionFailedException e) {
 *     Optional<Movie> now = e.current();
 * }
 * }</pre>
 */
public class ConditionFailedException extends DynamoRequestException {
    private final transient Object current;
    private final transient Map<String, AttributeValue> currentItem;

    public ConditionFailedException(String table, String operation, String message, Object current,
                                    Map<String, AttributeValue> currentItem, SdkException cause) {
        super(table, operation, message, cause);
        this.current = current;
        this.currentItem = currentItem;
    }

    /** The entity as it is stored now; empty if there is no such item. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> current() {
        return Optional.ofNullable((T) current);
    }

    /** The stored item as DynamoDB returned it; empty if there is no such item. */
    public Optional<Map<String, AttributeValue>> currentItem() {
        return Optional.ofNullable(currentItem);
    }
}
