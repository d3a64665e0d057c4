package fixtures;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.schema.ComparableAttribute;
import dev.dynamodel.schema.DocumentAttribute;
import dev.dynamodel.schema.DocumentSchema;
import dev.dynamodel.schema.StringAttribute;
import dev.dynamodel.support.Checks;
import dev.dynamodel.support.Codecs;
import dev.dynamodel.support.ReadFailures;
import dev.dynamodel.support.Violations;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Schema of {@link Order.Line}: typed attribute constants and the conversion to and from items.
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class Order_LineSchema implements DocumentSchema<Order.Line> {
    /**
     * The one instance; the schema holds no state.
     */
    public static final Order_LineSchema INSTANCE = new Order_LineSchema();

    /**
     * Attribute {@code sku}.
     */
    public static final StringAttribute SKU = new StringAttribute(AttributePath.of("sku"));

    /**
     * Attribute {@code quantity}.
     */
    public static final ComparableAttribute<Integer> QUANTITY = new ComparableAttribute<>(
            AttributePath.of("quantity"), new Functions<>(1));

    /**
     * Attribute {@code price}.
     */
    public static final ComparableAttribute<BigDecimal> PRICE = new ComparableAttribute<>(
            AttributePath.of("price"), new Functions<>(2));

    private Order_LineSchema() {
    }

    @Override
    public Map<String, AttributeValue> toItem(Order.Line value) {
        Map<String, AttributeValue> item = new HashMap<>(5);
        String sku = value.sku();
        if (sku != null) {
            item.put("sku", encodeSku(sku));
        }
        item.put("quantity", encodeQuantity(value.quantity()));
        BigDecimal price = value.price();
        if (price != null) {
            item.put("price", encodePrice(price));
        }
        return item;
    }

    @Override
    public Order.Line fromItem(Map<String, AttributeValue> item) {
        AttributeValue stored;
        String reading = null;
        try {
            reading = "sku";
            stored = item.get("sku");
            String sku = Codecs.absent(stored) ? null : Codecs.toString(stored);
            reading = "quantity";
            stored = item.get("quantity");
            int quantity = Codecs.absent(stored) ? 0 : Codecs.toInt(stored);
            reading = "price";
            stored = item.get("price");
            BigDecimal price = Codecs.absent(stored) ? null : Codecs.toBigDecimal(stored);
            reading = null;
            return new Order.Line(sku, quantity, price);
        } catch (RuntimeException failure) {
            throw ReadFailures.reading(reading, failure);
        }
    }

    @Override
    public void validate(Order.Line value, Violations violations) {
        checkPrice(value.price(), violations);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void validateAttribute(String name, Object value, Violations violations) {
        switch (name) {
            case "price" -> checkPrice((BigDecimal) value, violations);
        }
    }

    private static void checkPrice(BigDecimal value, Violations violations) {
        if (value != null) {
            if (!Checks.storable(value)) {
                violations.add("price", "Number", Checks.NUMBER_MESSAGE);
            }
        }
    }

    private static AttributeValue encodeSku(String value) {
        return Codecs.string(value);
    }

    private static AttributeValue encodeQuantity(int value) {
        return Codecs.number(value);
    }

    private static AttributeValue encodePrice(BigDecimal value) {
        return Codecs.number(value);
    }

    /**
     * {@link Order.Line} stored inside another item: typed paths to its fields.
     */
    public static final class Path extends DocumentAttribute<Order.Line> {
        public Path(AttributePath path) {
            super(path, new Functions<>(3));
        }

        /**
         * Field {@code sku}, stored as {@code sku}.
         */
        public StringAttribute sku() {
            return new StringAttribute(path().child("sku"));
        }

        /**
         * Field {@code quantity}, stored as {@code quantity}.
         */
        public ComparableAttribute<Integer> quantity() {
            return new ComparableAttribute<>(path().child("quantity"), new Functions<>(1));
        }

        /**
         * Field {@code price}, stored as {@code price}.
         */
        public ComparableAttribute<BigDecimal> price() {
            return new ComparableAttribute<>(path().child("price"), new Functions<>(2));
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
                case 0 -> encodeSku((String) input);
                case 1 -> encodeQuantity((Integer) input);
                case 2 -> encodePrice((BigDecimal) input);
                case 3 -> Order_LineSchema.INSTANCE.toAttributeValue((Order.Line) input);
                default -> throw new IllegalStateException("no function " + index);
            };
            return (R) result;
        }
    }
}
