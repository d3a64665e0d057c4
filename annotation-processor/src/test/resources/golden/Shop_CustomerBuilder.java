package fixtures;

import javax.annotation.processing.Generated;

/**
 * Builds {@link Shop.Customer} values: a new one field by field, or a copy of one with some fields
 * changed. No reflection: plain fields and a direct constructor call.
 *
 * <pre>{@code
 * Shop.Customer changed = Shop_CustomerBuilder.from(value).id(...).build();
 * }</pre>
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class Shop_CustomerBuilder {
    private String id;

    private String name;

    private Shop_CustomerBuilder() {
    }

    /**
     * A builder with every field unset: null, or zero and false for primitives.
     */
    public static Shop_CustomerBuilder create() {
        return new Shop_CustomerBuilder();
    }

    /**
     * A builder holding every field of {@code value}, which is left unchanged.
     */
    public static Shop_CustomerBuilder from(Shop.Customer value) {
        Shop_CustomerBuilder builder = new Shop_CustomerBuilder();
        builder.id = value.id();
        builder.name = value.name();
        return builder;
    }

    /**
     * Sets {@code id}.
     */
    public Shop_CustomerBuilder id(String id) {
        this.id = id;
        return this;
    }

    /**
     * Sets {@code name}.
     */
    public Shop_CustomerBuilder name(String name) {
        this.name = name;
        return this;
    }

    /**
     * A new {@link Shop.Customer} with the fields this builder holds; the builder can go on.
     */
    public Shop.Customer build() {
        return new Shop.Customer(id, name);
    }
}
