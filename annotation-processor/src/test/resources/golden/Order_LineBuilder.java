package fixtures;

import java.math.BigDecimal;
import javax.annotation.processing.Generated;

/**
 * Builds {@link Order.Line} values: a new one field by field, or a copy of one with some fields
 * changed. No reflection: plain fields and a direct constructor call.
 *
 * <pre>{@code
 * Order.Line changed = Order_LineBuilder.from(value).sku(...).build();
 * }</pre>
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class Order_LineBuilder {
    private String sku;

    private int quantity;

    private BigDecimal price;

    private Order_LineBuilder() {
    }

    /**
     * A builder with every field unset: null, or zero and false for primitives.
     */
    public static Order_LineBuilder create() {
        return new Order_LineBuilder();
    }

    /**
     * A builder holding every field of {@code value}, which is left unchanged.
     */
    public static Order_LineBuilder from(Order.Line value) {
        Order_LineBuilder builder = new Order_LineBuilder();
        builder.sku = value.sku();
        builder.quantity = value.quantity();
        builder.price = value.price();
        return builder;
    }

    /**
     * Sets {@code sku}.
     */
    public Order_LineBuilder sku(String sku) {
        this.sku = sku;
        return this;
    }

    /**
     * Sets {@code quantity}.
     */
    public Order_LineBuilder quantity(int quantity) {
        this.quantity = quantity;
        return this;
    }

    /**
     * Sets {@code price}.
     */
    public Order_LineBuilder price(BigDecimal price) {
        this.price = price;
        return this;
    }

    /**
     * A new {@link Order.Line} with the fields this builder holds; the builder can go on.
     */
    public Order.Line build() {
        return new Order.Line(sku, quantity, price);
    }
}
