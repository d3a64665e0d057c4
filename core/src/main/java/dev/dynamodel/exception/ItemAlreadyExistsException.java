package dev.dynamodel.exception;

import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code create} found an item with the same key already in the table; nothing was written. The
 * message names the table and the key's attribute names, never its values; {@link #key()} has them.
 */
public class ItemAlreadyExistsException extends DynamoRequestException {
    private final transient Map<String, AttributeValue> key;

    public ItemAlreadyExistsException(String table, Map<String, AttributeValue> key, SdkException cause) {
        super(table, "PutItem", "Item already exists in table " + table + " (" + KeyNames.of(key) + ")", cause);
        this.key = Map.copyOf(key);
    }

    /** The key of the item that exists. */
    public Map<String, AttributeValue> key() {
        return key;
    }
}
