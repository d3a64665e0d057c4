package dev.dynamodel.query;

import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.FamilySchema;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A collection read's policy for items of no member type, when it skips them: each such item is
 * dropped and counted. The pager converts a collection's items as each response arrives, so a
 * mapping failure surfaces when its page is read rather than when its item is reached. (The other policy, failing, needs nothing here: the family schema's
 * {@code fromItem} throws.)
 */
final class UnknownTypes {
    private final FamilySchema<?> family;
    private final AtomicLong skipped = new AtomicLong();

    UnknownTypes(FamilySchema<?> family) {
        this.family = family;
    }

    /** The item read as its member, or null (counted) when it is none of the family's. */
    @SuppressWarnings("unchecked")
    <T> T read(Map<String, AttributeValue> item) {
        EntitySchema<?> member = family.memberOf(item);
        if (member == null) {
            skipped.incrementAndGet();
            return null;
        }
        return (T) member.fromItem(item);
    }

    long skipped() {
        return skipped.get();
    }
}
