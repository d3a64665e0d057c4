package fixtures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.core.SdkBytes;

/**
 * Builds {@link Catalog} values: a new one field by field, or a copy of one with some fields
 * changed. No reflection: plain fields and a direct constructor call.
 *
 * <pre>{@code
 * Catalog changed = CatalogBuilder.from(value).priceTables(...).build();
 * }</pre>
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class CatalogBuilder {
    private List<Map<String, Catalog.Price>> priceTables;

    private Map<String, List<String>> aliases;

    private Set<String> tags;

    private Set<Long> sizes;

    private Set<BigDecimal> weights;

    private Set<SdkBytes> thumbnails;

    private byte[] signature;

    private CatalogBuilder() {
    }

    /**
     * A builder with every field unset: null, or zero and false for primitives.
     */
    public static CatalogBuilder create() {
        return new CatalogBuilder();
    }

    /**
     * A builder holding every field of {@code value}, which is left unchanged.
     */
    public static CatalogBuilder from(Catalog value) {
        CatalogBuilder builder = new CatalogBuilder();
        builder.priceTables = value.priceTables();
        builder.aliases = value.aliases();
        builder.tags = value.tags();
        builder.sizes = value.sizes();
        builder.weights = value.weights();
        builder.thumbnails = value.thumbnails();
        builder.signature = value.signature();
        return builder;
    }

    /**
     * Sets {@code priceTables}.
     */
    public CatalogBuilder priceTables(List<Map<String, Catalog.Price>> priceTables) {
        this.priceTables = priceTables;
        return this;
    }

    /**
     * Sets {@code aliases}.
     */
    public CatalogBuilder aliases(Map<String, List<String>> aliases) {
        this.aliases = aliases;
        return this;
    }

    /**
     * Sets {@code tags}.
     */
    public CatalogBuilder tags(Set<String> tags) {
        this.tags = tags;
        return this;
    }

    /**
     * Sets {@code sizes}.
     */
    public CatalogBuilder sizes(Set<Long> sizes) {
        this.sizes = sizes;
        return this;
    }

    /**
     * Sets {@code weights}.
     */
    public CatalogBuilder weights(Set<BigDecimal> weights) {
        this.weights = weights;
        return this;
    }

    /**
     * Sets {@code thumbnails}.
     */
    public CatalogBuilder thumbnails(Set<SdkBytes> thumbnails) {
        this.thumbnails = thumbnails;
        return this;
    }

    /**
     * Sets {@code signature}.
     */
    public CatalogBuilder signature(byte[] signature) {
        this.signature = signature;
        return this;
    }

    /**
     * A new {@link Catalog} with the fields this builder holds; the builder can go on.
     */
    public Catalog build() {
        return new Catalog(priceTables, aliases, tags, sizes, weights, thumbnails, signature);
    }
}
