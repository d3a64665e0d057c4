package fixtures;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.schema.ComparableAttribute;
import dev.dynamodel.schema.DocumentAttribute;
import dev.dynamodel.schema.DocumentSchema;
import dev.dynamodel.schema.ListAttribute;
import dev.dynamodel.schema.MapAttribute;
import dev.dynamodel.schema.SetAttribute;
import dev.dynamodel.schema.StringAttribute;
import dev.dynamodel.support.Checks;
import dev.dynamodel.support.Codecs;
import dev.dynamodel.support.ReadFailures;
import dev.dynamodel.support.Violations;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
    public static final ListAttribute<Map<String, Catalog.Price>, MapAttribute<Catalog.Price, Catalog_PriceSchema.Path>> PRICE_TABLES = priceTablesAt(
            AttributePath.of("priceTables"));

    /**
     * Attribute {@code aliases}.
     */
    public static final MapAttribute<List<String>, ListAttribute<String, StringAttribute>> ALIASES = aliasesAt(
            AttributePath.of("aliases"));

    /**
     * Attribute {@code tags}.
     */
    public static final SetAttribute<String> TAGS = tagsAt(AttributePath.of("tags"));

    /**
     * Attribute {@code sizes}.
     */
    public static final SetAttribute<Long> SIZES = sizesAt(AttributePath.of("sizes"));

    /**
     * Attribute {@code weights}.
     */
    public static final SetAttribute<BigDecimal> WEIGHTS = weightsAt(AttributePath.of("weights"));

    /**
     * Attribute {@code thumbnails}.
     */
    public static final SetAttribute<SdkBytes> THUMBNAILS = thumbnailsAt(AttributePath.of("thumbnails"));

    /**
     * Attribute {@code signature}.
     */
    public static final ComparableAttribute<byte[]> SIGNATURE = new ComparableAttribute<>(
            AttributePath.of("signature"), new Functions<>(0));

    private CatalogSchema() {
    }

    @Override
    public Map<String, AttributeValue> toItem(Catalog value) {
        Map<String, AttributeValue> item = new HashMap<>(10);
        List<Map<String, Catalog.Price>> priceTables = value.priceTables();
        if (priceTables != null) {
            item.put("priceTables", encodePriceTables(priceTables));
        }
        Map<String, List<String>> aliases = value.aliases();
        if (aliases != null) {
            item.put("aliases", encodeAliases(aliases));
        }
        Set<String> tags = value.tags();
        if (tags != null && !tags.isEmpty()) {
            item.put("tags", encodeTags(tags));
        }
        Set<Long> sizes = value.sizes();
        if (sizes != null && !sizes.isEmpty()) {
            item.put("sizes", encodeSizes(sizes));
        }
        Set<BigDecimal> weights = value.weights();
        if (weights != null && !weights.isEmpty()) {
            item.put("weights", encodeWeights(weights));
        }
        Set<SdkBytes> thumbnails = value.thumbnails();
        if (thumbnails != null && !thumbnails.isEmpty()) {
            item.put("thumbnails", encodeThumbnails(thumbnails));
        }
        byte[] signature = value.signature();
        if (signature != null) {
            item.put("signature", encodeSignature(signature));
        }
        return item;
    }

    @Override
    public Catalog fromItem(Map<String, AttributeValue> item) {
        AttributeValue stored;
        String reading = null;
        try {
            reading = "priceTables";
            stored = item.get("priceTables");
            List<Map<String, Catalog.Price>> priceTables = Codecs.absent(stored) ? null
                    : Codecs.toList(stored, e0 -> Codecs.toMap(e0,
                    e1 -> Catalog_PriceSchema.INSTANCE.fromAttributeValue(e1)));
            reading = "aliases";
            stored = item.get("aliases");
            Map<String, List<String>> aliases = Codecs.absent(stored) ? null : Codecs.toMap(stored,
                    e0 -> Codecs.toStringList(e0));
            reading = "tags";
            stored = item.get("tags");
            Set<String> tags = Codecs.absent(stored) ? null : Codecs.toStringSet(stored, e0 -> e0);
            reading = "sizes";
            stored = item.get("sizes");
            Set<Long> sizes = Codecs.absent(stored) ? null : Codecs.toNumberSet(stored,
                    e0 -> Codecs.parseLong(e0));
            reading = "weights";
            stored = item.get("weights");
            Set<BigDecimal> weights = Codecs.absent(stored) ? null : Codecs.toNumberSet(stored,
                    e0 -> Codecs.parseBigDecimal(e0));
            reading = "thumbnails";
            stored = item.get("thumbnails");
            Set<SdkBytes> thumbnails = Codecs.absent(stored) ? null : Codecs.toBinarySet(stored);
            reading = "signature";
            stored = item.get("signature");
            byte[] signature = Codecs.absent(stored) ? null : Codecs.toBytes(stored);
            reading = null;
            return new Catalog(priceTables, aliases, tags, sizes, weights, thumbnails, signature);
        } catch (RuntimeException failure) {
            throw ReadFailures.reading(reading, failure);
        }
    }

    @Override
    public void validate(Catalog value, Violations violations) {
        checkPriceTables(value.priceTables(), violations);
        checkWeights(value.weights(), violations);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void validateAttribute(String name, Object value, Violations violations) {
        switch (name) {
            case "priceTables" -> checkPriceTables((List<Map<String, Catalog.Price>>) value, violations);
            case "weights" -> checkWeights((Set<BigDecimal>) value, violations);
        }
    }

    private static void checkPriceTables(List<Map<String, Catalog.Price>> value,
            Violations violations) {
        if (value != null) {
            violations.enter("priceTables");
            int i0 = 0;
            for (Map<String, Catalog.Price> e0 : value) {
                if (e0 != null) {
                    violations.enterIndex(i0);
                    for (Map.Entry<String, Catalog.Price> entry : e0.entrySet()) {
                        Catalog.Price e0_ = entry.getValue();
                        if (e0_ != null) {
                            violations.enter(entry.getKey());
                            Catalog_PriceSchema.INSTANCE.validate(e0_, violations);
                            violations.leave();
                        }
                    }
                    violations.leave();
                }
                i0++;
            }
            violations.leave();
        }
    }

    private static void checkWeights(Set<BigDecimal> value, Violations violations) {
        if (value != null) {
            violations.enter("weights");
            int i0 = 0;
            for (BigDecimal e0 : value) {
                if (e0 != null) {
                    if (!Checks.storable(e0)) {
                        violations.addAt(i0, "Number", Checks.NUMBER_MESSAGE);
                    }
                }
                i0++;
            }
            violations.leave();
        }
    }

    private static AttributeValue encodePriceTables(List<Map<String, Catalog.Price>> value) {
        return Codecs.list(value, e0 -> Codecs.map(e0,
                e1 -> Catalog_PriceSchema.INSTANCE.toAttributeValue(e1)));
    }

    private static ListAttribute<Map<String, Catalog.Price>, MapAttribute<Catalog.Price, Catalog_PriceSchema.Path>> priceTablesAt(
            AttributePath path) {
        return new ListAttribute<>(path, new Functions<>(2), new Functions<>(6));
    }

    private static AttributeValue encodeAliases(Map<String, List<String>> value) {
        return Codecs.map(value, e0 -> Codecs.stringList(e0));
    }

    private static MapAttribute<List<String>, ListAttribute<String, StringAttribute>> aliasesAt(
            AttributePath path) {
        return new MapAttribute<>(path, new Functions<>(7), new Functions<>(11));
    }

    private static AttributeValue encodeTags(Set<String> value) {
        return Codecs.stringSet(value, e0 -> e0);
    }

    private static SetAttribute<String> tagsAt(AttributePath path) {
        return new SetAttribute<>(path, new Functions<>(12), new Functions<>(9));
    }

    private static AttributeValue encodeSizes(Set<Long> value) {
        return Codecs.numberSet(value, e0 -> e0.toString());
    }

    private static SetAttribute<Long> sizesAt(AttributePath path) {
        return new SetAttribute<>(path, new Functions<>(13), new Functions<>(14));
    }

    private static AttributeValue encodeWeights(Set<BigDecimal> value) {
        return Codecs.numberSet(value, e0 -> e0.toString());
    }

    private static SetAttribute<BigDecimal> weightsAt(AttributePath path) {
        return new SetAttribute<>(path, new Functions<>(15), new Functions<>(16));
    }

    private static AttributeValue encodeThumbnails(Set<SdkBytes> value) {
        return Codecs.binarySet(value);
    }

    private static SetAttribute<SdkBytes> thumbnailsAt(AttributePath path) {
        return new SetAttribute<>(path, new Functions<>(17), new Functions<>(18));
    }

    private static AttributeValue encodeSignature(byte[] value) {
        return Codecs.bytes(value);
    }

    /**
     * {@link Catalog} stored inside another item: typed paths to its fields.
     */
    public static final class Path extends DocumentAttribute<Catalog> {
        public Path(AttributePath path) {
            super(path, new Functions<>(1));
        }

        /**
         * Field {@code priceTables}, stored as {@code priceTables}.
         */
        public ListAttribute<Map<String, Catalog.Price>, MapAttribute<Catalog.Price, Catalog_PriceSchema.Path>> priceTables(
                ) {
            return CatalogSchema.priceTablesAt(path().child("priceTables"));
        }

        /**
         * Field {@code aliases}, stored as {@code aliases}.
         */
        public MapAttribute<List<String>, ListAttribute<String, StringAttribute>> aliases() {
            return CatalogSchema.aliasesAt(path().child("aliases"));
        }

        /**
         * Field {@code tags}, stored as {@code tags}.
         */
        public SetAttribute<String> tags() {
            return CatalogSchema.tagsAt(path().child("tags"));
        }

        /**
         * Field {@code sizes}, stored as {@code sizes}.
         */
        public SetAttribute<Long> sizes() {
            return CatalogSchema.sizesAt(path().child("sizes"));
        }

        /**
         * Field {@code weights}, stored as {@code weights}.
         */
        public SetAttribute<BigDecimal> weights() {
            return CatalogSchema.weightsAt(path().child("weights"));
        }

        /**
         * Field {@code thumbnails}, stored as {@code thumbnails}.
         */
        public SetAttribute<SdkBytes> thumbnails() {
            return CatalogSchema.thumbnailsAt(path().child("thumbnails"));
        }

        /**
         * Field {@code signature}, stored as {@code signature}.
         */
        public ComparableAttribute<byte[]> signature() {
            return new ComparableAttribute<>(path().child("signature"), new Functions<>(0));
        }
    }

    /**
     * The encoders and element attributes of the attribute constants: one class for all, not a
     * lambda each, so that first use of the schema loads one class instead of spinning many.
     */
    private static final class Functions<V, R> implements Function<V, R> {
        private final int index;

        Functions(int index) {
            this.index = index;
        }

        @Override
        @SuppressWarnings("unchecked")
        public R apply(V input) {
            Object result = switch (index) {
                case 0 -> encodeSignature((byte[]) input);
                case 1 -> CatalogSchema.INSTANCE.toAttributeValue((Catalog) input);
                case 2 -> encodePriceTables((List<Map<String, Catalog.Price>>) input);
                case 3 -> Codecs.map(((Map<String, Catalog.Price>) input),
                        e0 -> Catalog_PriceSchema.INSTANCE.toAttributeValue(e0));
                case 4 -> Catalog_PriceSchema.INSTANCE.toAttributeValue(((Catalog.Price) input));
                case 5 -> new Catalog_PriceSchema.Path((AttributePath) input);
                case 6 -> new MapAttribute<>((AttributePath) input, new Functions<>(3), new Functions<>(5));
                case 7 -> encodeAliases((Map<String, List<String>>) input);
                case 8 -> Codecs.stringList(((List<String>) input));
                case 9 -> Codecs.string(((String) input));
                case 10 -> new StringAttribute((AttributePath) input);
                case 11 -> new ListAttribute<>((AttributePath) input, new Functions<>(8), new Functions<>(10));
                case 12 -> encodeTags((Set<String>) input);
                case 13 -> encodeSizes((Set<Long>) input);
                case 14 -> Codecs.number(((Long) input));
                case 15 -> encodeWeights((Set<BigDecimal>) input);
                case 16 -> Codecs.number(((BigDecimal) input));
                case 17 -> encodeThumbnails((Set<SdkBytes>) input);
                case 18 -> Codecs.sdkBytes(((SdkBytes) input));
                default -> throw new IllegalStateException("no function " + index);
            };
            return (R) result;
        }
    }
}
