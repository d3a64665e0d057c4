package dev.dynamodel.exception;

import software.amazon.awssdk.core.exception.SdkException;

/** {@code create} found an item with the same key already in the table; nothing was written. */
public class ItemAlreadyExistsException extends DynamoRequestException {
    public ItemAlreadyExistsException(String table, String key, SdkException cause) {
        super(table, "PutItem", "An item with key " + key + " already exists in table " + table, cause);
    }
}
