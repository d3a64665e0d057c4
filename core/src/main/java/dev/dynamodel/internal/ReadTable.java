package dev.dynamodel.internal;

import dev.dynamodel.condition.Condition;
import dev.dynamodel.schema.EntitySchema;
import java.util.Objects;

/**
 * What a query or scan of one model's table needs from the runtime. A model makes it once; the
 * public {@code Query} and {@code Scan} constructors take it, so that only the runtime can call
 * them (a user's module cannot name this type).
 *
 * @param sender sends its pages: blocking for {@code model.query}, asynchronous for {@code model.async().query}
 * @param expiryFilter the condition that hides expired items and, for a family member, the other members' items (OwnItems), or null; left out of cursors
 */
public record ReadTable<T>(Sender sender, String tableName, EntitySchema<T> schema, CursorSeal cursorSeal,
                           Condition expiryFilter) {
    public ReadTable {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(cursorSeal, "cursorSeal");
    }
}
