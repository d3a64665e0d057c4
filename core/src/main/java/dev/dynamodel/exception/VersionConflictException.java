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
    /** @param problem the versions expected and found, for the message (versions are the library's counters, not user data) */
    public VersionConflictException(String table, String operation, Map<String, AttributeValue> key, String problem,
                                    ItemReader<?> schema, Map<String, AttributeValue> currentItem,
                                    SdkException cause) {
        super(table, operation, key, problem, schema, currentItem, cause);
    }
}
