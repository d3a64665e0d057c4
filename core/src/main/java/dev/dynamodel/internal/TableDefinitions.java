package dev.dynamodel.internal;

import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.IndexDefinition;
import dev.dynamodel.schema.KeyAttribute;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * Builds a {@code CreateTableRequest} from a schema: key schema, one attribute definition per key
 * attribute of the table and its indexes, the indexes with their projections, on-demand billing.
 */
public final class TableDefinitions {
    private TableDefinitions() {
    }

    public static CreateTableRequest createTableRequest(String tableName, EntitySchema<?> schema) {
        Map<String, AttributeDefinition> definitions = new LinkedHashMap<>();
        List<KeySchemaElement> keySchema = keySchema(schema.hashKey(), schema.rangeKey().orElse(null), definitions);
        List<GlobalSecondaryIndex> globals = new ArrayList<>();
        List<LocalSecondaryIndex> locals = new ArrayList<>();
        for (IndexDefinition index : schema.indexes()) {
            List<KeySchemaElement> indexKeys = keySchema(index.hashKey(), index.rangeKey().orElse(null), definitions);
            Projection projection = projection(index);
            if (index.kind() == IndexDefinition.Kind.GLOBAL) {
                globals.add(GlobalSecondaryIndex.builder().indexName(index.name()).keySchema(indexKeys)
                        .projection(projection).build());
            } else {
                locals.add(LocalSecondaryIndex.builder().indexName(index.name()).keySchema(indexKeys)
                        .projection(projection).build());
            }
        }
        return CreateTableRequest.builder()
                .overrideConfiguration(Call.OVERRIDE)
                .tableName(tableName)
                .keySchema(keySchema)
                .attributeDefinitions(definitions.values())
                .globalSecondaryIndexes(globals.isEmpty() ? null : globals)
                .localSecondaryIndexes(locals.isEmpty() ? null : locals)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build();
    }

    private static List<KeySchemaElement> keySchema(KeyAttribute hash, KeyAttribute range,
                                                    Map<String, AttributeDefinition> definitions) {
        List<KeySchemaElement> keys = new ArrayList<>();
        keys.add(element(hash, KeyType.HASH, definitions));
        if (range != null) {
            keys.add(element(range, KeyType.RANGE, definitions));
        }
        return keys;
    }

    private static KeySchemaElement element(KeyAttribute key, KeyType type, Map<String, AttributeDefinition> definitions) {
        definitions.putIfAbsent(key.name(),
                AttributeDefinition.builder().attributeName(key.name()).attributeType(key.type()).build());
        return KeySchemaElement.builder().attributeName(key.name()).keyType(type).build();
    }

    private static Projection projection(IndexDefinition index) {
        Projection.Builder projection = Projection.builder().projectionType(index.projection());
        if (index.projection() == ProjectionType.INCLUDE) {
            projection.nonKeyAttributes(index.include());
        }
        return projection.build();
    }
}
