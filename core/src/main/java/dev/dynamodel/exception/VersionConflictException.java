package dev.dynamodel.exception;

import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Optimistic locking: the stored item's version is not the one the write expected, because
 * someone else wrote it in between (or it was deleted, or it exists when a new one was expected).
 * {@link #current(ItemReader)} holds the item as it is now. {@link dev.dynamodel.VersionConflicts#retry}
 * repeats a read-modify-write until it wins.
 */
public class VersionConflictException extends ConditionFailedException {
    public VersionConflictException(String table, String operation, String message, ItemReader<?> schema,
                                    Map<String, AttributeValue> currentItem, SdkException cause) {
        super(table, operation, message, schema, currentItem, cause);
    }
}
