package fixtures;

import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Builds {@link Order} values: a new one field by field, or a copy of one with some fields
 * changed. No reflection: plain fields and a direct constructor call.
 *
 * <pre>{@code
 * Order changed = OrderBuilder.from(value).customerId(...).build();
 * }</pre>
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class OrderBuilder {
    private String customerId;

    private Instant placedAt;

    private Order.Status status;

    private Order.Line firstLine;

    private List<Order.Line> lines;

    private long totalCents;

    private OrderBuilder() {
    }

    /**
     * A builder with every field unset: null, or zero and false for primitives.
     */
    public static OrderBuilder create() {
        return new OrderBuilder();
    }

    /**
     * A builder holding every field of {@code value}, which is left unchanged.
     */
    public static OrderBuilder from(Order value) {
        OrderBuilder builder = new OrderBuilder();
        builder.customerId = value.customerId();
        builder.placedAt = value.placedAt();
        builder.status = value.status();
        builder.firstLine = value.firstLine();
        builder.lines = value.lines();
        builder.totalCents = value.totalCents();
        return builder;
    }

    /**
     * Sets {@code customerId}.
     */
    public OrderBuilder customerId(String customerId) {
        this.customerId = customerId;
        return this;
    }

    /**
     * Sets {@code placedAt}.
     */
    public OrderBuilder placedAt(Instant placedAt) {
        this.placedAt = placedAt;
        return this;
    }

    /**
     * Sets {@code status}.
     */
    public OrderBuilder status(Order.Status status) {
        this.status = status;
        return this;
    }

    /**
     * Sets {@code firstLine}.
     */
    public OrderBuilder firstLine(Order.Line firstLine) {
        this.firstLine = firstLine;
        return this;
    }

    /**
     * Sets {@code lines}.
     */
    public OrderBuilder lines(List<Order.Line> lines) {
        this.lines = lines;
        return this;
    }

    /**
     * Sets {@code totalCents}.
     */
    public OrderBuilder totalCents(long totalCents) {
        this.totalCents = totalCents;
        return this;
    }

    /**
     * A new {@link Order} with the fields this builder holds; the builder can go on.
     */
    public Order build() {
        return new Order(customerId, placedAt, status, firstLine, lines, totalCents);
    }
}
