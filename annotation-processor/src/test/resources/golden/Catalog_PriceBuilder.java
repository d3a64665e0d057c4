package fixtures;

import java.math.BigDecimal;
import javax.annotation.processing.Generated;

/**
 * Builds {@link Catalog.Price} values: a new one field by field, or a copy of one with some fields
 * changed. No reflection: plain fields and a direct constructor call.
 *
 * <pre>{@code
 * Catalog.Price changed = Catalog_PriceBuilder.from(value).currency(...).build();
 * }</pre>
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class Catalog_PriceBuilder {
    private String currency;

    private BigDecimal amount;

    private Catalog_PriceBuilder() {
    }

    /**
     * A builder with every field unset: null, or zero and false for primitives.
     */
    public static Catalog_PriceBuilder create() {
        return new Catalog_PriceBuilder();
    }

    /**
     * A builder holding every field of {@code value}, which is left unchanged.
     */
    public static Catalog_PriceBuilder from(Catalog.Price value) {
        Catalog_PriceBuilder builder = new Catalog_PriceBuilder();
        builder.currency = value.currency();
        builder.amount = value.amount();
        return builder;
    }

    /**
     * Sets {@code currency}.
     */
    public Catalog_PriceBuilder currency(String currency) {
        this.currency = currency;
        return this;
    }

    /**
     * Sets {@code amount}.
     */
    public Catalog_PriceBuilder amount(BigDecimal amount) {
        this.amount = amount;
        return this;
    }

    /**
     * A new {@link Catalog.Price} with the fields this builder holds; the builder can go on.
     */
    public Catalog.Price build() {
        return new Catalog.Price(currency, amount);
    }
}
