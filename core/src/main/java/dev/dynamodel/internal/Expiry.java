package dev.dynamodel.internal;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.condition.Operator;
import dev.dynamodel.schema.EntitySchema;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The one rule for items whose {@code @Ttl} has passed but that DynamoDB has not deleted yet, when
 * the runtime hides them ({@code hideExpiredItems}): every read (get, query, scan, count, batch get,
 * read transaction) treats such an item as missing, and every write that expects an item to be
 * absent or present agrees with the reads. Not an API.
 *
 * <p>An item is expired when its TTL attribute holds a number of epoch seconds at or before now.
 * An item without the attribute, or with a non-number in it, never expires, as in DynamoDB. The
 * same definition is written twice, once for items in hand ({@link #hides}) and once as conditions
 * DynamoDB evaluates ({@link #expired()}, {@link #live()}), so reads and writes cannot disagree.
 */
public final class Expiry {
    private static final Expiry OFF = new Expiry(null, null);

    private final String attribute;
    private final Clock clock;

    private Expiry(String attribute, Clock clock) {
        this.attribute = attribute;
        this.clock = clock;
    }

    /**
     * The rule for an entity's table under a runtime: off unless the runtime hides expired items
     * and the entity has a TTL. Takes the runtime's two settings, not the {@code Dynamo}, so that
     * this package imports nothing from the API package above it.
     */
    public static Expiry of(boolean hideExpiredItems, Clock clock, EntitySchema<?> schema) {
        Optional<String> ttl = schema.ttlAttribute();
        return hideExpiredItems && ttl.isPresent() ? new Expiry(ttl.get(), clock) : OFF;
    }

    /** Whether expired items are hidden at all (the runtime asks for it and the entity has a TTL). */
    public boolean active() {
        return attribute != null;
    }

    /** The TTL attribute a projected read must also fetch to apply the rule, if the rule is active. */
    public Optional<String> attribute() {
        return Optional.ofNullable(attribute);
    }

    /** Whether a read item must be treated as missing. */
    public boolean hides(Map<String, AttributeValue> item) {
        if (attribute == null || item == null) {
            return false;
        }
        AttributeValue value = item.get(attribute);
        if (value == null || value.n() == null) {
            return false;
        }
        try {
            return new BigDecimal(value.n()).compareTo(BigDecimal.valueOf(now())) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The item read, or null if there is none or it is hidden. */
    public Map<String, AttributeValue> visible(Map<String, AttributeValue> item) {
        return item == null || item.isEmpty() || hides(item) ? null : item;
    }

    /** {@code ttl <= :now}: true only for an expired item (a missing or non-number TTL compares false). */
    public Optional<Condition> expired() {
        if (attribute == null) {
            return Optional.empty();
        }
        return Optional.of(new Condition.Compare(AttributePath.of(attribute), Operator.LE,
                AttributeValue.fromN(Long.toString(now()))));
    }

    /**
     * The negation of {@link #expired()}: no item, or an item that is not expired. Queries and scans
     * filter with it (which keeps {@code count()} right); updates that must find a live item check it.
     */
    public Optional<Condition> live() {
        return expired().map(expired -> Condition.any(
                new Condition.Function("attribute_not_exists", AttributePath.of(attribute), null), expired.not()));
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }
}
