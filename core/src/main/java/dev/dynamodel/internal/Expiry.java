package dev.dynamodel.internal;

import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Tells whether an item's time to live has passed, for reads that hide expired items DynamoDB has
 * not deleted yet. Not an API.
 */
public final class Expiry {
    private Expiry() {
    }

    /**
     * True when the item's TTL attribute holds a number of epoch seconds at or before {@code now}.
     * An item without the attribute, or with a non-number in it, never expires (as in DynamoDB).
     */
    public static boolean expired(Map<String, AttributeValue> item, String ttlAttribute, Instant now) {
        AttributeValue value = item.get(ttlAttribute);
        if (value == null || value.n() == null) {
            return false;
        }
        try {
            return new java.math.BigDecimal(value.n()).longValue() <= now.getEpochSecond();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
