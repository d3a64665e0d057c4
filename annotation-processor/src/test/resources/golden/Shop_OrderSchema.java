package fixtures;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.schema.ComparableAttribute;
import dev.dynamodel.schema.DocumentAttribute;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.FamilyMember;
import dev.dynamodel.schema.IndexDefinition;
import dev.dynamodel.schema.KeyAttribute;
import dev.dynamodel.schema.PartitionKey;
import dev.dynamodel.schema.StringAttribute;
import dev.dynamodel.schema.Template;
import dev.dynamodel.support.Codecs;
import dev.dynamodel.support.Keys;
import dev.dynamodel.support.ReadFailures;
import dev.dynamodel.support.Temporals;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Schema of {@link Shop.Order}: typed attribute constants and the conversion to and from items.
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class Shop_OrderSchema implements EntitySchema<Shop.Order> {
    /**
     * The one instance; the schema holds no state.
     */
    public static final Shop_OrderSchema INSTANCE = new Shop_OrderSchema();

    /**
     * Attribute {@code customerId}.
     */
    public static final StringAttribute CUSTOMER_ID = new StringAttribute(AttributePath.of("customerId"));

    /**
     * Attribute {@code placedAt}.
     */
    public static final ComparableAttribute<Instant> PLACED_AT = new ComparableAttribute<>(
            AttributePath.of("placedAt"), new Functions<>(1));

    /**
     * Attribute {@code number}.
     */
    public static final ComparableAttribute<Integer> NUMBER = new ComparableAttribute<>(
            AttributePath.of("number"), new Functions<>(2));

    /**
     * Attribute {@code status}.
     */
    public static final StringAttribute STATUS = new StringAttribute(AttributePath.of("status"));

    private static final KeyAttribute HASH_KEY = new KeyAttribute("pk", ScalarAttributeType.S);

    private static final Optional<KeyAttribute> RANGE_KEY = Optional.of(
            new KeyAttribute("sk", ScalarAttributeType.S));

    /**
     * Global secondary index {@code gsi1}.
     */
    public static final IndexDefinition GSI1 = new IndexDefinition("gsi1",
            IndexDefinition.Kind.GLOBAL, new KeyAttribute("gsi1pk", ScalarAttributeType.S),
            new KeyAttribute("gsi1sk", ScalarAttributeType.S), ProjectionType.ALL, List.of());

    private static final Template TEMPLATE_PK = new Template("pk", List.of("CUSTOMER#", ""),
            List.of("customerId"));

    private static final Template TEMPLATE_SK = new Template("sk", List.of("ORDER#", "#", ""),
            List.of("placedAt", "number"));

    private static final Template TEMPLATE_GSI1PK = new Template("gsi1pk", List.of("STATUS#", ""),
            List.of("status"));

    private static final Template TEMPLATE_GSI1SK = new Template("gsi1sk", List.of("", ""),
            List.of("placedAt"));

    private static final Optional<FamilyMember> FAMILY_MEMBER = Optional.of(new FamilyMember("_type",
            "ORDER", List.of(TEMPLATE_PK, TEMPLATE_SK, TEMPLATE_GSI1PK, TEMPLATE_GSI1SK)));

    private Shop_OrderSchema() {
    }

    @Override
    public List<IndexDefinition> indexes() {
        return List.of(GSI1);
    }

    @Override
    public String entityName() {
        return "Shop.Order";
    }

    @Override
    public String tableName() {
        return "Shop";
    }

    @Override
    public KeyAttribute hashKey() {
        return HASH_KEY;
    }

    @Override
    public Optional<KeyAttribute> rangeKey() {
        return RANGE_KEY;
    }

    @Override
    public Optional<FamilyMember> familyMember() {
        return FAMILY_MEMBER;
    }

    /**
     * The key of the {@link Shop.Order} with these key values,
     * composed by its templates.
     *
     * @throws IllegalArgumentException if a key value is null or empty
     */
    public Map<String, AttributeValue> key(String customerId, Instant placedAt, int number) {
        Map<String, AttributeValue> key = new HashMap<>(3);
        key.put("pk", TEMPLATE_PK.compose(encodeCustomerId(Keys.require("Shop.Order", "customerId",
                customerId))));
        key.put("sk", TEMPLATE_SK.compose(encodePlacedAt(Keys.require("Shop.Order", "placedAt",
                placedAt)), encodeNumber(number)));
        return key;
    }

    /**
     * The partition {@code CUSTOMER#{customerId}} of the table,
     * for a collection query of the family.
     */
    public static PartitionKey partitionKey(String customerId) {
        return new PartitionKey(null, "pk",
                TEMPLATE_PK.compose(encodeCustomerId(Keys.require("Shop.Order", "customerId",
                customerId))));
    }

    /**
     * The partition {@code STATUS#{status}} of index gsi1,
     * for a collection query of the family.
     */
    public static PartitionKey gsi1PartitionKey(String status) {
        return new PartitionKey("gsi1", "gsi1pk",
                TEMPLATE_GSI1PK.compose(encodeStatus(Keys.require("Shop.Order", "status",
                status))));
    }

    @Override
    public Map<String, AttributeValue> keyOf(Shop.Order entity) {
        return key(entity.customerId(), entity.placedAt(), entity.number());
    }

    @Override
    public Map<String, AttributeValue> toItem(Shop.Order value) {
        Map<String, AttributeValue> item = new HashMap<>(13);
        String customerId = value.customerId();
        if (customerId != null) {
            item.put("customerId", encodeCustomerId(customerId));
        }
        Instant placedAt = value.placedAt();
        if (placedAt != null) {
            item.put("placedAt", encodePlacedAt(placedAt));
        }
        item.put("number", encodeNumber(value.number()));
        String status = value.status();
        if (status != null) {
            item.put("status", encodeStatus(status));
        }
        item.putAll(keyOf(value));
        if (value.status() != null) {
            item.put("gsi1pk", TEMPLATE_GSI1PK.compose(encodeStatus(value.status())));
        }
        if (value.placedAt() != null) {
            item.put("gsi1sk", TEMPLATE_GSI1SK.compose(encodePlacedAt(value.placedAt())));
        }
        item.put("_type", AttributeValue.fromS("ORDER"));
        return item;
    }

    @Override
    public Shop.Order fromItem(Map<String, AttributeValue> item) {
        AttributeValue stored;
        String reading = null;
        try {
            reading = "customerId";
            stored = item.get("customerId");
            String customerId = Codecs.absent(stored) ? null : Codecs.toString(stored);
            reading = "placedAt";
            stored = item.get("placedAt");
            Instant placedAt = Codecs.absent(stored) ? null : Temporals.toInstant(stored);
            reading = "number";
            stored = item.get("number");
            int number = Codecs.absent(stored) ? 0 : Codecs.toInt(stored);
            reading = "status";
            stored = item.get("status");
            String status = Codecs.absent(stored) ? null : Codecs.toString(stored);
            reading = null;
            return new Shop.Order(customerId, placedAt, number, status);
        } catch (RuntimeException failure) {
            throw ReadFailures.reading(reading, failure);
        }
    }

    private static AttributeValue encodeCustomerId(String value) {
        return Codecs.string(value);
    }

    private static AttributeValue encodePlacedAt(Instant value) {
        return Temporals.instant(value);
    }

    private static AttributeValue encodeNumber(int value) {
        return Codecs.number(value);
    }

    private static AttributeValue encodeStatus(String value) {
        return Codecs.string(value);
    }

    /**
     * {@link Shop.Order} stored inside another item: typed paths to its fields.
     */
    public static final class Path extends DocumentAttribute<Shop.Order> {
        public Path(AttributePath path) {
            super(path, new Functions<>(4));
        }

        /**
         * Field {@code customerId}, stored as {@code customerId}.
         */
        public StringAttribute customerId() {
            return new StringAttribute(path().child("customerId"));
        }

        /**
         * Field {@code placedAt}, stored as {@code placedAt}.
         */
        public ComparableAttribute<Instant> placedAt() {
            return new ComparableAttribute<>(path().child("placedAt"), new Functions<>(1));
        }

        /**
         * Field {@code number}, stored as {@code number}.
         */
        public ComparableAttribute<Integer> number() {
            return new ComparableAttribute<>(path().child("number"), new Functions<>(2));
        }

        /**
         * Field {@code status}, stored as {@code status}.
         */
        public StringAttribute status() {
            return new StringAttribute(path().child("status"));
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
                case 0 -> encodeCustomerId((String) input);
                case 1 -> encodePlacedAt((Instant) input);
                case 2 -> encodeNumber((Integer) input);
                case 3 -> encodeStatus((String) input);
                case 4 -> Shop_OrderSchema.INSTANCE.toAttributeValue((Shop.Order) input);
                default -> throw new IllegalStateException("no function " + index);
            };
            return (R) result;
        }
    }
}
