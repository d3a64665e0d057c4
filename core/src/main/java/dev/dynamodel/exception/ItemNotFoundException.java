package dev.dynamodel.exception;

import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An update that requires the item to exist found no item with that key; nothing was written. The
 * message names the table and the key's attribute names, never its values; {@link #key()} has them.
 */
public class ItemNotFoundException extends DynamoRequestException {
    private final transient Map<String, AttributeValue> key;

    public ItemNotFoundException(String table, Map<String, AttributeValue> key, SdkException cause) {
        super(table, "UpdateItem", "Item not found in table " + table + " (" + KeyNames.of(key)
                + "); updates require an existing item unless upsert() is used", cause);
        this.key = Map.copyOf(key);
    }

    /** The key of the missing item. */
    public Map<String, AttributeValue> key() {
        return key;
    }
}
