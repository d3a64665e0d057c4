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
import java.util.function.Function;
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
    public static final ComparableAttribute<Instant> PLACED_AT = new ComparableAttribute<>(
            AttributePath.of("placedAt"), new Functions<>(1));

    /**
     * Attribute {@code status}.
     */
    public static final Attribute<Order.Status> STATUS = new Attribute<>(AttributePath.of("status"),
            new Functions<>(2));

    /**
     * Attribute {@code firstLine}.
     */
    public static final Order_LineSchema.Path FIRST_LINE = new Order_LineSchema.Path(
            AttributePath.of("firstLine"));

    /**
     * Attribute {@code lines}.
     */
    public static final ListAttribute<Order.Line, Order_LineSchema.Path> LINES = linesAt(
            AttributePath.of("lines"));

    /**
     * Attribute {@code totalCents}.
     */
    public static final ComparableAttribute<Long> TOTAL_CENTS = new ComparableAttribute<>(
            AttributePath.of("totalCents"), new Functions<>(4));

    private static final KeyAttribute HASH_KEY = new KeyAttribute("customer_id", ScalarAttributeType.S);

    private static final Optional<KeyAttribute> RANGE_KEY = Optional.of(
            new KeyAttribute("placedAt", ScalarAttributeType.S));

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
        return HASH_KEY;
    }

    @Override
    public Optional<KeyAttribute> rangeKey() {
        return RANGE_KEY;
    }

    /**
     * The key of the {@link Order} with these key values.
     *
     * @throws IllegalArgumentException if a key value is null or empty
     */
    public Map<String, AttributeValue> key(String customerId, Instant placedAt) {
        Map<String, AttributeValue> key = new HashMap<>(3);
        key.put("customer_id", encodeCustomerId(Keys.require("Order", "customer_id", customerId)));
        key.put("placedAt", encodePlacedAt(Keys.require("Order", "placedAt", placedAt)));
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
            item.put("customer_id", encodeCustomerId(customerId));
        }
        Instant placedAt = value.placedAt();
        if (placedAt != null) {
            item.put("placedAt", encodePlacedAt(placedAt));
        }
        Order.Status status = value.status();
        if (status != null) {
            item.put("status", encodeStatus(status));
        }
        Order.Line firstLine = value.firstLine();
        if (firstLine != null) {
            item.put("firstLine", encodeFirstLine(firstLine));
        }
        List<Order.Line> lines = value.lines();
        if (lines != null) {
            item.put("lines", encodeLines(lines));
        }
        item.put("totalCents", encodeTotalCents(value.totalCents()));
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
            Order.Status status = Codecs.absent(stored) ? null
                    : Codecs.toEnum(stored, Order.Status::valueOf);
            reading = "firstLine";
            stored = item.get("firstLine");
            Order.Line firstLine = Codecs.absent(stored) ? null
                    : Order_LineSchema.INSTANCE.fromAttributeValue(stored);
            reading = "lines";
            stored = item.get("lines");
            List<Order.Line> lines = Codecs.absent(stored) ? null : Codecs.toList(stored,
                    e0 -> Order_LineSchema.INSTANCE.fromAttributeValue(e0));
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
        checkFirstLine(value.firstLine(), violations);
        checkLines(value.lines(), violations);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void validateAttribute(String name, Object value, Violations violations) {
        switch (name) {
            case "firstLine" -> checkFirstLine((Order.Line) value, violations);
            case "lines" -> checkLines((List<Order.Line>) value, violations);
        }
    }

    private static void checkFirstLine(Order.Line value, Violations violations) {
        if (value != null) {
            violations.enter("firstLine");
            Order_LineSchema.INSTANCE.validate(value, violations);
            violations.leave();
        }
    }

    private static void checkLines(List<Order.Line> value, Violations violations) {
        if (value != null) {
            violations.enter("lines");
            int i0 = 0;
            for (Order.Line e0 : value) {
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
    public DocumentSchema<?> nestedSchema(String name) {
        switch (name) {
            case "firstLine": return Order_LineSchema.INSTANCE;
            default: return null;
        }
    }

    private static AttributeValue encodeCustomerId(String value) {
        return Codecs.string(value);
    }

    private static AttributeValue encodePlacedAt(Instant value) {
        return Temporals.instant(value);
    }

    private static AttributeValue encodeStatus(Order.Status value) {
        return Codecs.string(value.name());
    }

    private static AttributeValue encodeFirstLine(Order.Line value) {
        return Order_LineSchema.INSTANCE.toAttributeValue(value);
    }

    private static AttributeValue encodeLines(List<Order.Line> value) {
        return Codecs.list(value, e0 -> Order_LineSchema.INSTANCE.toAttributeValue(e0));
    }

    private static ListAttribute<Order.Line, Order_LineSchema.Path> linesAt(AttributePath path) {
        return new ListAttribute<>(path, new Functions<>(6), new Functions<>(8));
    }

    private static AttributeValue encodeTotalCents(long value) {
        return Codecs.number(value);
    }

    /**
     * {@link Order} stored inside another item: typed paths to its fields.
     */
    public static final class Path extends DocumentAttribute<Order> {
        public Path(AttributePath path) {
            super(path, new Functions<>(5));
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
            return new ComparableAttribute<>(path().child("placedAt"), new Functions<>(1));
        }

        /**
         * Field {@code status}, stored as {@code status}.
         */
        public Attribute<Order.Status> status() {
            return new Attribute<>(path().child("status"), new Functions<>(2));
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
            return OrderSchema.linesAt(path().child("lines"));
        }

        /**
         * Field {@code totalCents}, stored as {@code totalCents}.
         */
        public ComparableAttribute<Long> totalCents() {
            return new ComparableAttribute<>(path().child("totalCents"), new Functions<>(4));
        }
    }

    /**
     * The encoders and element attributes of the attribute constants: one class for all, not a
     * lambda each, so that first use of the schema loads one class instead of spinning many.
     */
    private static final class Functions<V, R> implements Function<V, R> {
        private final int index;

        Functions(int index) {
            this.index = index;
        }

        @Override
        @SuppressWarnings("unchecked")
        public R apply(V input) {
            Object result = switch (index) {
                case 0 -> encodeCustomerId((String) input);
                case 1 -> encodePlacedAt((Instant) input);
                case 2 -> encodeStatus((Order.Status) input);
                case 3 -> encodeFirstLine((Order.Line) input);
                case 4 -> encodeTotalCents((Long) input);
                case 5 -> OrderSchema.INSTANCE.toAttributeValue((Order) input);
                case 6 -> encodeLines((List<Order.Line>) input);
                case 7 -> Order_LineSchema.INSTANCE.toAttributeValue(((Order.Line) input));
                case 8 -> new Order_LineSchema.Path((AttributePath) input);
                default -> throw new IllegalStateException("no function " + index);
            };
            return (R) result;
        }
    }
}
