package fixtures;

import dev.dynamodel.internal.Codecs;
import dev.dynamodel.internal.Keys;
import dev.dynamodel.internal.Temporals;
import dev.dynamodel.schema.Attribute;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.KeyAttribute;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Schema of {@link Order}: typed attribute constants and the conversion to and from items.
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class OrderSchema implements EntitySchema<Order> {
    /**
     * The one instance; the schema holds no state.
     */
    public static final OrderSchema INSTANCE = new OrderSchema();

    /**
     * Attribute {@code customer_id}.
     */
    public static final Attribute<String> CUSTOMER_ID = new Attribute<>("customer_id", v -> Codecs.string(v));

    /**
     * Attribute {@code placedAt}.
     */
    public static final Attribute<Instant> PLACED_AT = new Attribute<>("placedAt", v -> Temporals.instant(v));

    /**
     * Attribute {@code status}.
     */
    public static final Attribute<Order.Status> STATUS = new Attribute<>("status", v -> Codecs.string(v.name()));

    /**
     * Attribute {@code firstLine}.
     */
    public static final Attribute<Order.Line> FIRST_LINE = new Attribute<>("firstLine", v -> Order_LineSchema.INSTANCE.toAttributeValue(v));

    /**
     * Attribute {@code lines}.
     */
    public static final Attribute<List<Order.Line>> LINES = new Attribute<>("lines", v -> Codecs.list(v, e0 -> Order_LineSchema.INSTANCE.toAttributeValue(e0)));

    /**
     * Attribute {@code totalCents}.
     */
    public static final Attribute<Long> TOTAL_CENTS = new Attribute<>("totalCents", v -> Codecs.number(v));

    private OrderSchema() {
    }

    @Override
    public String entityName() {
        return "Order";
    }

    @Override
    public String tableName() {
        return "orders";
    }

    @Override
    public KeyAttribute hashKey() {
        return new KeyAttribute("customer_id", ScalarAttributeType.S);
    }

    @Override
    public Optional<KeyAttribute> rangeKey() {
        return Optional.of(new KeyAttribute("placedAt", ScalarAttributeType.S));
    }

    /**
     * The key of the {@link Order} with these key values.
     *
     * @throws IllegalArgumentException if a key value is null or empty
     */
    public Map<String, AttributeValue> key(String customerId, Instant placedAt) {
        Map<String, AttributeValue> key = new HashMap<>(3);
        key.put("customer_id", Codecs.string(Keys.require("Order", "customer_id", customerId)));
        key.put("placedAt", Temporals.instant(Keys.require("Order", "placedAt", placedAt)));
        return key;
    }

    @Override
    public Map<String, AttributeValue> keyOf(Order entity) {
        return key(entity.customerId(), entity.placedAt());
    }

    @Override
    public Map<String, AttributeValue> toItem(Order value) {
        Map<String, AttributeValue> item = new HashMap<>(9);
        String customerId = value.customerId();
        if (customerId != null) {
            item.put("customer_id", Codecs.string(customerId));
        }
        Instant placedAt = value.placedAt();
        if (placedAt != null) {
            item.put("placedAt", Temporals.instant(placedAt));
        }
        Order.Status status = value.status();
        if (status != null) {
            item.put("status", Codecs.string(status.name()));
        }
        Order.Line firstLine = value.firstLine();
        if (firstLine != null) {
            item.put("firstLine", Order_LineSchema.INSTANCE.toAttributeValue(firstLine));
        }
        List<Order.Line> lines = value.lines();
        if (lines != null) {
            item.put("lines", Codecs.list(lines, e0 -> Order_LineSchema.INSTANCE.toAttributeValue(e0)));
        }
        item.put("totalCents", Codecs.number(value.totalCents()));
        return item;
    }

    @Override
    public Order fromItem(Map<String, AttributeValue> item) {
        AttributeValue stored;
        stored = item.get("customer_id");
        String customerId = Codecs.absent(stored) ? null : Codecs.toString(stored);
        stored = item.get("placedAt");
        Instant placedAt = Codecs.absent(stored) ? null : Temporals.toInstant(stored);
        stored = item.get("status");
        Order.Status status = Codecs.absent(stored) ? null : Order.Status.valueOf(Codecs.toString(stored));
        stored = item.get("firstLine");
        Order.Line firstLine = Codecs.absent(stored) ? null : Order_LineSchema.INSTANCE.fromAttributeValue(stored);
        stored = item.get("lines");
        List<Order.Line> lines = Codecs.absent(stored) ? null : Codecs.toList(stored, e0 -> Order_LineSchema.INSTANCE.fromAttributeValue(e0));
        stored = item.get("totalCents");
        long totalCents = Codecs.absent(stored) ? 0L : Codecs.toLong(stored);
        return new Order(customerId, placedAt, status, firstLine, lines, totalCents);
    }
}
