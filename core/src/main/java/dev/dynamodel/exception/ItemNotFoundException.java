package dev.dynamodel.exception;

import software.amazon.awssdk.core.exception.SdkException;

/** An update that requires the item to exist found no item with that key; nothing was written. */
public class ItemNotFoundException extends DynamoRequestException {
    public ItemNotFoundException(String table, String key, SdkException cause) {
        super(table, "UpdateItem", "No item with key " + key + " in table " + table
                + " (updates require an existing item unless upsert() is used)", cause);
    }
}
