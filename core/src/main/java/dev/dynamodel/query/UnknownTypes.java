package dev.dynamodel.query;

import dev.dynamodel.schema.FamilySchema;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A collection read's policy for items of no member type, when it skips them: each such item is
 * dropped and counted. (The other policy, failing, needs nothing here: the family schema's
 * {@code fromItem} throws.)
 */
final class UnknownTypes {
    private final FamilySchema<?> family;
    private final AtomicLong skipped = new AtomicLong();

    UnknownTypes(FamilySchema<?> family) {
        this.family = family;
    }

    boolean admit(Map<String, AttributeValue> item) {
        if (family.memberOf(item) != null) {
            return true;
        }
        skipped.incrementAndGet();
        return false;
    }

    long skipped() {
        return skipped.get();
    }
}
