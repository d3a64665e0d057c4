package dev.dynamodel.internal;

import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.IndexDefinition;
import dev.dynamodel.schema.KeyAttribute;
import dev.dynamodel.table.TableOptions;
import dev.dynamodel.table.TableOptions.Throughput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.SSESpecification;
import software.amazon.awssdk.services.dynamodb.model.SSEType;
import software.amazon.awssdk.services.dynamodb.model.TableClass;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/**
 * The declared table as SDK values: the {@code CreateTableRequest} (key schema, one attribute
 * definition per key attribute of the table and its indexes, the indexes with their projections,
 * and the {@link TableOptions}), and the pieces of it that {@link TablePlanner} reuses for an index
 * added later. Options at DynamoDB's default are left out of the request. Not an API.
 */
public final class TableDefinitions {
    private TableDefinitions() {
    }

    public static CreateTableRequest createTableRequest(String tableName, EntitySchema<?> schema, TableOptions options) {
        Map<String, AttributeDefinition> definitions = new LinkedHashMap<>();
        List<KeySchemaElement> keySchema = keySchema(List.of(schema.hashKey()), schema.rangeKey().stream().toList(),
                definitions);
        List<GlobalSecondaryIndex> globals = new ArrayList<>();
        List<LocalSecondaryIndex> locals = new ArrayList<>();
        for (IndexDefinition index : schema.indexes()) {
            if (index.kind() == IndexDefinition.Kind.GLOBAL) {
                globals.add(globalIndex(index, options, definitions));
            } else {
                locals.add(LocalSecondaryIndex.builder().indexName(index.name())
                        .keySchema(keySchema(index.hashKeys(), index.rangeKeys(), definitions))
                        .projection(projection(index)).build());
            }
        }
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .overrideConfiguration(Call.OVERRIDE)
                .tableName(tableName)
                .keySchema(keySchema)
                .attributeDefinitions(definitions.values())
                .globalSecondaryIndexes(globals.isEmpty() ? null : globals)
                .localSecondaryIndexes(locals.isEmpty() ? null : locals)
                .billingMode(options.billingMode())
                .provisionedThroughput(options.throughput().map(TableDefinitions::throughput).orElse(null));
        options.stream().ifPresent(view -> request.streamSpecification(s -> s.streamEnabled(true).streamViewType(view)));
        if (options.tableClass() != TableClass.STANDARD) {
            request.tableClass(options.tableClass());
        }
        if (options.deletionProtection()) {
            request.deletionProtectionEnabled(true);
        }
        if (options.encryption() != TableOptions.Encryption.AWS_OWNED) {
            request.sseSpecification(encryption(options));
        }
        if (!options.tags().isEmpty()) {
            request.tags(tags(options.tags()));
        }
        return request.build();
    }

    /** A global index as CreateTable and UpdateTable take it; its key attributes go into {@code definitions}. */
    static GlobalSecondaryIndex globalIndex(IndexDefinition index, TableOptions options,
                                            Map<String, AttributeDefinition> definitions) {
        return GlobalSecondaryIndex.builder().indexName(index.name())
                .keySchema(keySchema(index.hashKeys(), index.rangeKeys(), definitions))
                .projection(projection(index))
                .provisionedThroughput(options.throughput(index.name()).map(TableDefinitions::throughput).orElse(null))
                .build();
    }

    static ProvisionedThroughput throughput(Throughput throughput) {
        return ProvisionedThroughput.builder().readCapacityUnits(throughput.read())
                .writeCapacityUnits(throughput.write()).build();
    }

    /** What UpdateTable and CreateTable take for the encryption: off (the AWS owned key) or KMS. */
    static SSESpecification encryption(TableOptions options) {
        return switch (options.encryption()) {
            case AWS_OWNED -> SSESpecification.builder().enabled(false).build();
            case AWS_MANAGED -> SSESpecification.builder().enabled(true).sseType(SSEType.KMS).build();
            case CUSTOMER_MANAGED -> SSESpecification.builder().enabled(true).sseType(SSEType.KMS)
                    .kmsMasterKeyId(options.kmsKey().orElseThrow()).build();
        };
    }

    static List<Tag> tags(Map<String, String> tags) {
        return tags.entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
    }

    /** Partition attributes first, then sort attributes, each in key order: DynamoDB reads a multi-attribute key so. */
    private static List<KeySchemaElement> keySchema(List<KeyAttribute> hash, List<KeyAttribute> range,
                                                    Map<String, AttributeDefinition> definitions) {
        List<KeySchemaElement> keys = new ArrayList<>();
        hash.forEach(key -> keys.add(element(key, KeyType.HASH, definitions)));
        range.forEach(key -> keys.add(element(key, KeyType.RANGE, definitions)));
        return keys;
    }

    private static KeySchemaElement element(KeyAttribute key, KeyType type, Map<String, AttributeDefinition> definitions) {
        definitions.putIfAbsent(key.name(),
                AttributeDefinition.builder().attributeName(key.name()).attributeType(key.type()).build());
        return KeySchemaElement.builder().attributeName(key.name()).keyType(type).build();
    }

    static Projection projection(IndexDefinition index) {
        Projection.Builder projection = Projection.builder().projectionType(index.projection());
        if (index.projection() == ProjectionType.INCLUDE) {
            projection.nonKeyAttributes(index.include());
        }
        return projection.build();
    }
}
