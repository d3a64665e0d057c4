package fixtures;

import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Builds {@link Invoice} values: a new one field by field, or a copy of one with some fields
 * changed. No reflection: plain fields and a direct constructor call.
 *
 * <pre>{@code
 * Invoice changed = InvoiceBuilder.from(value).id(...).build();
 * }</pre>
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class InvoiceBuilder {
    private String id;

    private String customer;

    private Long total;

    private String currency;

    private List<String> lines;

    private Instant expiresAt;

    private Long createdAt;

    private Long updatedAt;

    private Long version;

    private InvoiceBuilder() {
    }

    /**
     * A builder with every field unset: null, or zero and false for primitives.
     */
    public static InvoiceBuilder create() {
        return new InvoiceBuilder();
    }

    /**
     * A builder holding every field of {@code value}, which is left unchanged.
     */
    public static InvoiceBuilder from(Invoice value) {
        InvoiceBuilder builder = new InvoiceBuilder();
        builder.id = value.id();
        builder.customer = value.customer();
        builder.total = value.total();
        builder.currency = value.currency();
        builder.lines = value.lines();
        builder.expiresAt = value.expiresAt();
        builder.createdAt = value.createdAt();
        builder.updatedAt = value.updatedAt();
        builder.version = value.version();
        return builder;
    }

    /**
     * Sets {@code id}.
     */
    public InvoiceBuilder id(String id) {
        this.id = id;
        return this;
    }

    /**
     * Sets {@code customer}.
     */
    public InvoiceBuilder customer(String customer) {
        this.customer = customer;
        return this;
    }

    /**
     * Sets {@code total}.
     */
    public InvoiceBuilder total(Long total) {
        this.total = total;
        return this;
    }

    /**
     * Sets {@code currency}.
     */
    public InvoiceBuilder currency(String currency) {
        this.currency = currency;
        return this;
    }

    /**
     * Sets {@code lines}.
     */
    public InvoiceBuilder lines(List<String> lines) {
        this.lines = lines;
        return this;
    }

    /**
     * Sets {@code expiresAt}.
     */
    public InvoiceBuilder expiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    /**
     * Sets {@code createdAt}.
     */
    public InvoiceBuilder createdAt(Long createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    /**
     * Sets {@code updatedAt}.
     */
    public InvoiceBuilder updatedAt(Long updatedAt) {
        this.updatedAt = updatedAt;
        return this;
    }

    /**
     * Sets {@code version}.
     */
    public InvoiceBuilder version(Long version) {
        this.version = version;
        return this;
    }

    /**
     * A new {@link Invoice} with the fields this builder holds; the builder can go on.
     */
    public Invoice build() {
        return new Invoice(id, customer, total, currency, lines, expiresAt, createdAt, updatedAt,
                version);
    }
}
