package fixtures;

import java.time.Instant;
import javax.annotation.processing.Generated;

/**
 * Builds {@link Shop.Order} values: a new one field by field, or a copy of one with some fields
 * changed. No reflection: plain fields and a direct constructor call.
 *
 * <pre>{@code
 * Shop.Order changed = Shop_OrderBuilder.from(value).customerId(...).build();
 * }</pre>
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class Shop_OrderBuilder {
    private String customerId;

    private Instant placedAt;

    private int number;

    private String status;

    private Shop_OrderBuilder() {
    }

    /**
     * A builder with every field unset: null, or zero and false for primitives.
     */
    public static Shop_OrderBuilder create() {
        return new Shop_OrderBuilder();
    }

    /**
     * A builder holding every field of {@code value}, which is left unchanged.
     */
    public static Shop_OrderBuilder from(Shop.Order value) {
        Shop_OrderBuilder builder = new Shop_OrderBuilder();
        builder.customerId = value.customerId();
        builder.placedAt = value.placedAt();
        builder.number = value.number();
        builder.status = value.status();
        return builder;
    }

    /**
     * Sets {@code customerId}.
     */
    public Shop_OrderBuilder customerId(String customerId) {
        this.customerId = customerId;
        return this;
    }

    /**
     * Sets {@code placedAt}.
     */
    public Shop_OrderBuilder placedAt(Instant placedAt) {
        this.placedAt = placedAt;
        return this;
    }

    /**
     * Sets {@code number}.
     */
    public Shop_OrderBuilder number(int number) {
        this.number = number;
        return this;
    }

    /**
     * Sets {@code status}.
     */
    public Shop_OrderBuilder status(String status) {
        this.status = status;
        return this;
    }

    /**
     * A new {@link Shop.Order} with the fields this builder holds; the builder can go on.
     */
    public Shop.Order build() {
        return new Shop.Order(customerId, placedAt, number, status);
    }
}
