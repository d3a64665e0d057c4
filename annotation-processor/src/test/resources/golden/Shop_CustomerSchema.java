package fixtures;

import dev.dynamodel.condition.AttributePath;
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
 * Schema of {@link Shop.Customer}: typed attribute constants and the conversion to and from items.
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class Shop_CustomerSchema implements EntitySchema<Shop.Customer> {
    /**
     * The one instance; the schema holds no state.
     */
    public static final Shop_CustomerSchema INSTANCE = new Shop_CustomerSchema();

    /**
     * Attribute {@code id}.
     */
    public static final StringAttribute ID = new StringAttribute(AttributePath.of("id"));

    /**
     * Attribute {@code name}.
     */
    public static final StringAttribute NAME = new StringAttribute(AttributePath.of("name"));

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
            List.of("id"));

    private static final Template TEMPLATE_SK = new Template("sk", List.of("PROFILE"), List.of());

    private static final Optional<FamilyMember> FAMILY_MEMBER = Optional.of(new FamilyMember("_type",
            "CUSTOMER", List.of(TEMPLATE_PK, TEMPLATE_SK)));

    private Shop_CustomerSchema() {
    }

    @Override
    public List<IndexDefinition> indexes() {
        return List.of(GSI1);
    }

    @Override
    public String entityName() {
        return "Shop.Customer";
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
     * The key of the {@link Shop.Customer} with these key values,
     * composed by its templates.
     *
     * @throws IllegalArgumentException if a key value is null or empty
     */
    public Map<String, AttributeValue> key(String id) {
        Map<String, AttributeValue> key = new HashMap<>(3);
        key.put("pk", TEMPLATE_PK.compose(encodeId(Keys.require("Shop.Customer", "id", id))));
        key.put("sk", TEMPLATE_SK.compose());
        return key;
    }

    /**
     * The partition {@code CUSTOMER#{id}} of the table,
     * for a collection query of the family.
     */
    public static PartitionKey partitionKey(String id) {
        return new PartitionKey(null, "pk",
                TEMPLATE_PK.compose(encodeId(Keys.require("Shop.Customer", "id", id))));
    }

    @Override
    public Map<String, AttributeValue> keyOf(Shop.Customer entity) {
        return key(entity.id());
    }

    @Override
    public Map<String, AttributeValue> toItem(Shop.Customer value) {
        Map<String, AttributeValue> item = new HashMap<>(7);
        String id = value.id();
        if (id != null) {
            item.put("id", encodeId(id));
        }
        String name = value.name();
        if (name != null) {
            item.put("name", encodeName(name));
        }
        item.putAll(keyOf(value));
        item.put("_type", AttributeValue.fromS("CUSTOMER"));
        return item;
    }

    @Override
    public Shop.Customer fromItem(Map<String, AttributeValue> item) {
        AttributeValue stored;
        String reading = null;
        try {
            reading = "id";
            stored = item.get("id");
            String id = Codecs.absent(stored) ? null : Codecs.toString(stored);
            reading = "name";
            stored = item.get("name");
            String name = Codecs.absent(stored) ? null : Codecs.toString(stored);
            reading = null;
            return new Shop.Customer(id, name);
        } catch (RuntimeException failure) {
            throw ReadFailures.reading(reading, failure);
        }
    }

    private static AttributeValue encodeId(String value) {
        return Codecs.string(value);
    }

    private static AttributeValue encodeName(String value) {
        return Codecs.string(value);
    }

    /**
     * {@link Shop.Customer} stored inside another item: typed paths to its fields.
     */
    public static final class Path extends DocumentAttribute<Shop.Customer> {
        public Path(AttributePath path) {
            super(path, new Functions<>(2));
        }

        /**
         * Field {@code id}, stored as {@code id}.
         */
        public StringAttribute id() {
            return new StringAttribute(path().child("id"));
        }

        /**
         * Field {@code name}, stored as {@code name}.
         */
        public StringAttribute name_() {
            return new StringAttribute(path().child("name"));
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
                case 0 -> encodeId((String) input);
                case 1 -> encodeName((String) input);
                case 2 -> Shop_CustomerSchema.INSTANCE.toAttributeValue((Shop.Customer) input);
                default -> throw new IllegalStateException("no function " + index);
            };
            return (R) result;
        }
    }
}
