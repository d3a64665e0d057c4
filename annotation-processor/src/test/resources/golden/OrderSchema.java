package fixtures;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.schema.Attribute;
import dev.dynamodel.schema.ComparableAttribute;
import dev.dynamodel.schema.DocumentAttribute;
import dev.dynamodel.schema.DocumentSchema;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.KeyAttribute;
import dev.dynamodel.schema.ListAttribute;
import dev.dynamodel.schema.StringAttribute;
import dev.dynamodel.support.Codecs;
import dev.dynamodel.support.Keys;
import dev.dynamodel.support.ReadFailures;
import dev.dynamodel.support.Temporals;
import dev.dynamodel.support.Violations;
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
    public static final StringAttribute CUSTOMER_ID = new StringAttribute(AttributePath.of("customer_id"));

    /**
     * Attribute {@code placedAt}.
     */
    public static final ComparableAttribute<Instant> PLACED_AT = new ComparableAttribute<>(AttributePath.of("placedAt"), v0 -> Temporals.instant(v0));

    /**
     * Attribute {@code status}.
     */
    public static final Attribute<Order.Status> STATUS = new Attribute<>(AttributePath.of("status"), v0 -> Codecs.string(v0.name()));

    /**
     * Attribute {@code firstLine}.
     */
    public static final Order_LineSchema.Path FIRST_LINE = new Order_LineSchema.Path(AttributePath.of("firstLine"));

    /**
     * Attribute {@code lines}.
     */
    public static final ListAttribute<Order.Line, Order_LineSchema.Path> LINES = new ListAttribute<>(AttributePath.of("lines"), v0 -> Codecs.list(v0, e0 -> Order_LineSchema.INSTANCE.toAttributeValue(e0)), p0 -> new Order_LineSchema.Path(p0));

    /**
     * Attribute {@code totalCents}.
     */
    public static final ComparableAttribute<Long> TOTAL_CENTS = new ComparableAttribute<>(AttributePath.of("totalCents"), v0 -> Codecs.number(v0));

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
        String reading = null;
        try {
            reading = "customer_id";
            stored = item.get("customer_id");
            String customerId = Codecs.absent(stored) ? null : Codecs.toString(stored);
            reading = "placedAt";
            stored = item.get("placedAt");
            Instant placedAt = Codecs.absent(stored) ? null : Temporals.toInstant(stored);
            reading = "status";
            stored = item.get("status");
            Order.Status status = Codecs.absent(stored) ? null : Codecs.toEnum(stored, Order.Status::valueOf);
            reading = "firstLine";
            stored = item.get("firstLine");
            Order.Line firstLine = Codecs.absent(stored) ? null : Order_LineSchema.INSTANCE.fromAttributeValue(stored);
            reading = "lines";
            stored = item.get("lines");
            List<Order.Line> lines = Codecs.absent(stored) ? null : Codecs.toList(stored, e0 -> Order_LineSchema.INSTANCE.fromAttributeValue(e0));
            reading = "totalCents";
            stored = item.get("totalCents");
            long totalCents = Codecs.absent(stored) ? 0L : Codecs.toLong(stored);
            reading = null;
            return new Order(customerId, placedAt, status, firstLine, lines, totalCents);
        } catch (RuntimeException failure) {
            throw ReadFailures.reading(reading, failure);
        }
    }

    @Override
    public List<String> requiredAttributes() {
        return List.of();
    }

    @Override
    public void validate(Order value, Violations violations) {
        Order.Line firstLine = value.firstLine();
        if (firstLine != null) {
            violations.enter("firstLine");
            Order_LineSchema.INSTANCE.validate(firstLine, violations);
            violations.leave();
        }
        List<Order.Line> lines = value.lines();
        if (lines != null) {
            violations.enter("lines");
            int i0 = 0;
            for (Order.Line e0 : lines) {
                if (e0 != null) {
                    violations.enterIndex(i0);
                    Order_LineSchema.INSTANCE.validate(e0, violations);
                    violations.leave();
                }
                i0++;
            }
            violations.leave();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void validateAttribute(String name, Object value, Violations violations) {
        switch (name) {
            case "firstLine": {
                Order.Line firstLine = (Order.Line) value;
                if (firstLine != null) {
                    violations.enter("firstLine");
                    Order_LineSchema.INSTANCE.validate(firstLine, violations);
                    violations.leave();
                }
                break;
            }
            case "lines": {
                List<Order.Line> lines = (List<Order.Line>) value;
                if (lines != null) {
                    violations.enter("lines");
                    int i0 = 0;
                    for (Order.Line e0 : lines) {
                        if (e0 != null) {
                            violations.enterIndex(i0);
                            Order_LineSchema.INSTANCE.validate(e0, violations);
                            violations.leave();
                        }
                        i0++;
                    }
                    violations.leave();
                }
                break;
            }
            default: {
                break;
            }
        }
    }

    @Override
    public DocumentSchema<?> nestedSchema(String name) {
        switch (name) {
            case "firstLine": return Order_LineSchema.INSTANCE;
            default: return null;
        }
    }

    /**
     * {@link Order} stored inside another item: typed paths to its fields.
     */
    public static final class Path extends DocumentAttribute<Order> {
        public Path(AttributePath path) {
            super(path, v -> OrderSchema.INSTANCE.toAttributeValue(v));
        }

        /**
         * Field {@code customerId}, stored as {@code customer_id}.
         */
        public StringAttribute customerId() {
            return new StringAttribute(path().child("customer_id"));
        }

        /**
         * Field {@code placedAt}, stored as {@code placedAt}.
         */
        public ComparableAttribute<Instant> placedAt() {
            return new ComparableAttribute<>(path().child("placedAt"), v0 -> Temporals.instant(v0));
        }

        /**
         * Field {@code status}, stored as {@code status}.
         */
        public Attribute<Order.Status> status() {
            return new Attribute<>(path().child("status"), v0 -> Codecs.string(v0.name()));
        }

        /**
         * Field {@code firstLine}, stored as {@code firstLine}.
         */
        public Order_LineSchema.Path firstLine() {
            return new Order_LineSchema.Path(path().child("firstLine"));
        }

        /**
         * Field {@code lines}, stored as {@code lines}.
         */
        public ListAttribute<Order.Line, Order_LineSchema.Path> lines() {
            return new ListAttribute<>(path().child("lines"), v0 -> Codecs.list(v0, e0 -> Order_LineSchema.INSTANCE.toAttributeValue(e0)), p0 -> new Order_LineSchema.Path(p0));
        }

        /**
         * Field {@code totalCents}, stored as {@code totalCents}.
         */
        public ComparableAttribute<Long> totalCents() {
            return new ComparableAttribute<>(path().child("totalCents"), v0 -> Codecs.number(v0));
        }
    }
}
