package fixtures;

import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.FamilySchema;
import dev.dynamodel.schema.IndexDefinition;
import dev.dynamodel.schema.KeyAttribute;
import dev.dynamodel.support.Families;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Schema of family {@link Shop}:
 * its table, indexes and members, and which member reads an item.
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class ShopSchema implements FamilySchema<Shop> {
    /**
     * The one instance; the schema holds no state.
     */
    public static final ShopSchema INSTANCE = new ShopSchema();

    /**
     * Global secondary index {@code gsi1}.
     */
    public static final IndexDefinition GSI1 = new IndexDefinition("gsi1",
            IndexDefinition.Kind.GLOBAL, new KeyAttribute("gsi1pk", ScalarAttributeType.S),
            new KeyAttribute("gsi1sk", ScalarAttributeType.S), ProjectionType.ALL, List.of());

    private static final KeyAttribute HASH_KEY = new KeyAttribute("pk", ScalarAttributeType.S);

    private static final Optional<KeyAttribute> RANGE_KEY = Optional.of(new KeyAttribute("sk", ScalarAttributeType.S));

    private ShopSchema() {
    }

    @Override
    public String entityName() {
        return "Shop";
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
    public List<IndexDefinition> indexes() {
        return List.of(GSI1);
    }

    @Override
    public String typeAttribute() {
        return "_type";
    }

    @Override
    public List<EntitySchema<? extends Shop>> members() {
        return List.of(Shop_CustomerSchema.INSTANCE, Shop_OrderSchema.INSTANCE);
    }

    @Override
    public EntitySchema<? extends Shop> memberOf(Map<String, AttributeValue> item) {
        String type = Families.typeName(item, "_type");
        if (type == null) {
            return null;
        }
        switch (type) {
            case "CUSTOMER": return Shop_CustomerSchema.INSTANCE;
            case "ORDER": return Shop_OrderSchema.INSTANCE;
            default: return null;
        }
    }

    @Override
    public Map<String, AttributeValue> toItem(Shop value) {
        if (value instanceof Shop.Customer) {
            return Shop_CustomerSchema.INSTANCE.toItem((Shop.Customer) value);
        }
        if (value instanceof Shop.Order) {
            return Shop_OrderSchema.INSTANCE.toItem((Shop.Order) value);
        }
        throw Families.notAMember("Shop", value);
    }

    @Override
    public Map<String, AttributeValue> keyOf(Shop value) {
        if (value instanceof Shop.Customer) {
            return Shop_CustomerSchema.INSTANCE.keyOf((Shop.Customer) value);
        }
        if (value instanceof Shop.Order) {
            return Shop_OrderSchema.INSTANCE.keyOf((Shop.Order) value);
        }
        throw Families.notAMember("Shop", value);
    }
}
