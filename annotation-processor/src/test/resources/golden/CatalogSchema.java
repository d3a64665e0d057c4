package fixtures;

import dev.dynamodel.internal.Codecs;
import dev.dynamodel.schema.Attribute;
import dev.dynamodel.schema.DocumentSchema;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Schema of {@link Catalog}: typed attribute constants and the conversion to and from items.
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class CatalogSchema implements DocumentSchema<Catalog> {
    /**
     * The one instance; the schema holds no state.
     */
    public static final CatalogSchema INSTANCE = new CatalogSchema();

    /**
     * Attribute {@code priceTables}.
     */
    public static final Attribute<List<Map<String, Catalog.Price>>> PRICE_TABLES = new Attribute<>("priceTables", v -> Codecs.list(v, e0 -> Codecs.map(e0, e1 -> Catalog_PriceSchema.INSTANCE.toAttributeValue(e1))));

    /**
     * Attribute {@code aliases}.
     */
    public static final Attribute<Map<String, List<String>>> ALIASES = new Attribute<>("aliases", v -> Codecs.map(v, e0 -> Codecs.list(e0, e1 -> Codecs.string(e1))));

    /**
     * Attribute {@code tags}.
     */
    public static final Attribute<Set<String>> TAGS = new Attribute<>("tags", v -> Codecs.stringSet(v, e0 -> e0));

    /**
     * Attribute {@code sizes}.
     */
    public static final Attribute<Set<Long>> SIZES = new Attribute<>("sizes", v -> Codecs.numberSet(v, e0 -> e0.toString()));

    /**
     * Attribute {@code weights}.
     */
    public static final Attribute<Set<BigDecimal>> WEIGHTS = new Attribute<>("weights", v -> Codecs.numberSet(v, e0 -> e0.toString()));

    /**
     * Attribute {@code thumbnails}.
     */
    public static final Attribute<Set<SdkBytes>> THUMBNAILS = new Attribute<>("thumbnails", v -> Codecs.binarySet(v));

    /**
     * Attribute {@code signature}.
     */
    public static final Attribute<byte[]> SIGNATURE = new Attribute<>("signature", v -> Codecs.bytes(v));

    private CatalogSchema() {
    }

    @Override
    public Map<String, AttributeValue> toItem(Catalog value) {
        Map<String, AttributeValue> item = new HashMap<>(10);
        List<Map<String, Catalog.Price>> priceTables = value.priceTables();
        if (priceTables != null) {
            item.put("priceTables", Codecs.list(priceTables, e0 -> Codecs.map(e0, e1 -> Catalog_PriceSchema.INSTANCE.toAttributeValue(e1))));
        }
        Map<String, List<String>> aliases = value.aliases();
        if (aliases != null) {
            item.put("aliases", Codecs.map(aliases, e0 -> Codecs.list(e0, e1 -> Codecs.string(e1))));
        }
        Set<String> tags = value.tags();
        if (tags != null && !tags.isEmpty()) {
            item.put("tags", Codecs.stringSet(tags, e0 -> e0));
        }
        Set<Long> sizes = value.sizes();
        if (sizes != null && !sizes.isEmpty()) {
            item.put("sizes", Codecs.numberSet(sizes, e0 -> e0.toString()));
        }
        Set<BigDecimal> weights = value.weights();
        if (weights != null && !weights.isEmpty()) {
            item.put("weights", Codecs.numberSet(weights, e0 -> e0.toString()));
        }
        Set<SdkBytes> thumbnails = value.thumbnails();
        if (thumbnails != null && !thumbnails.isEmpty()) {
            item.put("thumbnails", Codecs.binarySet(thumbnails));
        }
        byte[] signature = value.signature();
        if (signature != null) {
            item.put("signature", Codecs.bytes(signature));
        }
        return item;
    }

    @Override
    public Catalog fromItem(Map<String, AttributeValue> item) {
        AttributeValue stored;
        stored = item.get("priceTables");
        List<Map<String, Catalog.Price>> priceTables = Codecs.absent(stored) ? null : Codecs.toList(stored, e0 -> Codecs.toMap(e0, e1 -> Catalog_PriceSchema.INSTANCE.fromAttributeValue(e1)));
        stored = item.get("aliases");
        Map<String, List<String>> aliases = Codecs.absent(stored) ? null : Codecs.toMap(stored, e0 -> Codecs.toList(e0, e1 -> Codecs.toString(e1)));
        stored = item.get("tags");
        Set<String> tags = Codecs.absent(stored) ? null : Codecs.toStringSet(stored, e0 -> e0);
        stored = item.get("sizes");
        Set<Long> sizes = Codecs.absent(stored) ? null : Codecs.toNumberSet(stored, e0 -> Codecs.parseLong(e0));
        stored = item.get("weights");
        Set<BigDecimal> weights = Codecs.absent(stored) ? null : Codecs.toNumberSet(stored, e0 -> new BigDecimal(e0));
        stored = item.get("thumbnails");
        Set<SdkBytes> thumbnails = Codecs.absent(stored) ? null : Codecs.toBinarySet(stored);
        stored = item.get("signature");
        byte[] signature = Codecs.absent(stored) ? null : Codecs.toBytes(stored);
        return new Catalog(priceTables, aliases, tags, sizes, weights, thumbnails, signature);
    }
}
