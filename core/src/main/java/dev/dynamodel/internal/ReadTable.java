package dev.dynamodel.internal;

import dev.dynamodel.condition.Condition;
import dev.dynamodel.schema.EntitySchema;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What a query or scan of one model's table needs from the runtime. A model makes it once; the
 * public {@code Query} and {@code Scan} constructors take it, so that only the runtime can call
 * them (a user's module cannot name this type).
 *
 * @param expiryFilter the condition that hides expired items, or null; left out of cursors
 */
public record ReadTable<T>(DynamoDbClient client, String tableName, EntitySchema<T> schema, CursorSeal cursorSeal,
                           Condition expiryFilter) {
    public ReadTable {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(cursorSeal, "cursorSeal");
    }
}
