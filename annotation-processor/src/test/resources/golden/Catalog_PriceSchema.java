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
 * Schema of {@link Catalog.Price}: typed attribute constants and the conversion to and from items.
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class Catalog_PriceSchema implements DocumentSchema<Catalog.Price> {
    /**
     * The one instance; the schema holds no state.
     */
    public static final Catalog_PriceSchema INSTANCE = new Catalog_PriceSchema();

    /**
     * Attribute {@code currency}.
     */
    public static final StringAttribute CURRENCY = new StringAttribute(AttributePath.of("currency"));

    /**
     * Attribute {@code amount}.
     */
    public static final ComparableAttribute<BigDecimal> AMOUNT = new ComparableAttribute<>(
            AttributePath.of("amount"), new Functions<>(1));

    private Catalog_PriceSchema() {
    }

    @Override
    public Map<String, AttributeValue> toItem(Catalog.Price value) {
        Map<String, AttributeValue> item = new HashMap<>(3);
        String currency = value.currency();
        if (currency != null) {
            item.put("currency", encodeCurrency(currency));
        }
        BigDecimal amount = value.amount();
        if (amount != null) {
            item.put("amount", encodeAmount(amount));
        }
        return item;
    }

    @Override
    public Catalog.Price fromItem(Map<String, AttributeValue> item) {
        AttributeValue stored;
        String reading = null;
        try {
            reading = "currency";
            stored = item.get("currency");
            String currency = Codecs.absent(stored) ? null : Codecs.toString(stored);
            reading = "amount";
            stored = item.get("amount");
            BigDecimal amount = Codecs.absent(stored) ? null : Codecs.toBigDecimal(stored);
            reading = null;
            return new Catalog.Price(currency, amount);
        } catch (RuntimeException failure) {
            throw ReadFailures.reading(reading, failure);
        }
    }

    @Override
    public void validate(Catalog.Price value, Violations violations) {
        checkAmount(value.amount(), violations);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void validateAttribute(String name, Object value, Violations violations) {
        switch (name) {
            case "amount" -> checkAmount((BigDecimal) value, violations);
        }
    }

    private static void checkAmount(BigDecimal value, Violations violations) {
        if (value != null) {
            if (!Checks.storable(value)) {
                violations.add("amount", "Number", Checks.NUMBER_MESSAGE);
            }
        }
    }

    private static AttributeValue encodeCurrency(String value) {
        return Codecs.string(value);
    }

    private static AttributeValue encodeAmount(BigDecimal value) {
        return Codecs.number(value);
    }

    /**
     * {@link Catalog.Price} stored inside another item: typed paths to its fields.
     */
    public static final class Path extends DocumentAttribute<Catalog.Price> {
        public Path(AttributePath path) {
            super(path, new Functions<>(2));
        }

        /**
         * Field {@code currency}, stored as {@code currency}.
         */
        public StringAttribute currency() {
            return new StringAttribute(path().child("currency"));
        }

        /**
         * Field {@code amount}, stored as {@code amount}.
         */
        public ComparableAttribute<BigDecimal> amount() {
            return new ComparableAttribute<>(path().child("amount"), new Functions<>(1));
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
                case 0 -> encodeCurrency((String) input);
                case 1 -> encodeAmount((BigDecimal) input);
                case 2 -> Catalog_PriceSchema.INSTANCE.toAttributeValue((Catalog.Price) input);
                default -> throw new IllegalStateException("no function " + index);
            };
            return (R) result;
        }
    }
}
