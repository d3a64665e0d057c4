package fixtures;

import dev.dynamodel.internal.Codecs;
import dev.dynamodel.schema.Attribute;
import dev.dynamodel.schema.DocumentSchema;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
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
    public static final Attribute<String> CURRENCY = new Attribute<>("currency", v -> Codecs.string(v));

    /**
     * Attribute {@code amount}.
     */
    public static final Attribute<BigDecimal> AMOUNT = new Attribute<>("amount", v -> Codecs.number(v));

    private Catalog_PriceSchema() {
    }

    @Override
    public Map<String, AttributeValue> toItem(Catalog.Price value) {
        Map<String, AttributeValue> item = new HashMap<>(3);
        String currency = value.currency();
        if (currency != null) {
            item.put("currency", Codecs.string(currency));
        }
        BigDecimal amount = value.amount();
        if (amount != null) {
            item.put("amount", Codecs.number(amount));
        }
        return item;
    }

    @Override
    public Catalog.Price fromItem(Map<String, AttributeValue> item) {
        AttributeValue stored;
        stored = item.get("currency");
        String currency = Codecs.absent(stored) ? null : Codecs.toString(stored);
        stored = item.get("amount");
        BigDecimal amount = Codecs.absent(stored) ? null : Codecs.toBigDecimal(stored);
        return new Catalog.Price(currency, amount);
    }
}
