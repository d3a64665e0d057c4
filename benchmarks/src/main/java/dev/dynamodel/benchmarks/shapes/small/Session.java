package dev.dynamodel.benchmarks.shapes.small;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;

/**
 * The small flat shape (3 attributes), declared for dynamodel; the generated {@code SessionSchema}
 * maps it.
 *
 * <pre>{@code
 * Map<String, AttributeValue> item = SessionSchema.INSTANCE.toItem(new Session("s-1", "u-42", 1_700_000_000L));
 * }</pre>
 */
@Entity(table = "Sessions")
public record Session(@HashKey String id, String userId, long expiresAt) {

    /** The instance every subject maps. */
    public static Session sample() {
        return new Session("7f9c2ba4-e88f-11ee-a951-0242ac120002", "user-4711", 1_767_225_600L);
    }
}
