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
    public static final Attribute<String> SKU = new Attribute<>("sku", v -> Codecs.string(v));

    /**
     * Attribute {@code quantity}.
     */
    public static final Attribute<Integer> QUANTITY = new Attribute<>("quantity", v -> Codecs.number(v));

    /**
     * Attribute {@code price}.
     */
    public static final Attribute<BigDecimal> PRICE = new Attribute<>("price", v -> Codecs.number(v));

    private Order_LineSchema() {
    }

    @Override
    public Map<String, AttributeValue> toItem(Order.Line value) {
        Map<String, AttributeValue> item = new HashMap<>(5);
        String sku = value.sku();
        if (sku != null) {
            item.put("sku", Codecs.string(sku));
        }
        item.put("quantity", Codecs.number(value.quantity()));
        BigDecimal price = value.price();
        if (price != null) {
            item.put("price", Codecs.number(price));
        }
        return item;
    }

    @Override
    public Order.Line fromItem(Map<String, AttributeValue> item) {
        AttributeValue stored;
        stored = item.get("sku");
        String sku = Codecs.absent(stored) ? null : Codecs.toString(stored);
        stored = item.get("quantity");
        int quantity = Codecs.absent(stored) ? (int) 0 : Codecs.toInt(stored);
        stored = item.get("price");
        BigDecimal price = Codecs.absent(stored) ? null : Codecs.toBigDecimal(stored);
        return new Order.Line(sku, quantity, price);
    }
}
