package dev.dynamodel.internal;

import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.IndexDefinition;
import dev.dynamodel.table.TableChange;
import dev.dynamodel.table.TableChange.Kind;
import dev.dynamodel.table.TableOptions;
import dev.dynamodel.table.TablePlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;

/**
 * Compares the declared table with the described one and lists the steps that make them equal,
 * in the order DynamoDB allows: index removals first (one per UpdateTable), then billing and
 * throughput, then index additions (with the new billing's throughput), then the other options
 * ({@link OptionChanges}), time to live, point-in-time recovery and tags. A different table key or
 * local index cannot be changed in place: it becomes a refusal, never a step. Pure: no request is
 * sent here. Not an API.
 */
public final class TablePlanner {
    private TablePlanner() {
    }

    /** The steps that create the table as declared: CreateTable, then what CreateTable cannot set. */
    static TablePlan creation(String table, EntitySchema<?> schema, TableOptions options) {
        CreateTableRequest create = TableDefinitions.createTableRequest(table, schema, options);
        List<TableChange> changes = new ArrayList<>();
        changes.add(new TableChange(Kind.CREATE_TABLE, "create table " + table + " (key "
                + keyText(create.keySchema(), types(create.attributeDefinitions())) + ", "
                + create.globalSecondaryIndexes().size() + " global and " + create.localSecondaryIndexes().size()
                + " local indexes, " + options.billingMode() + ")", create));
        schema.ttlAttribute().ifPresent(attribute -> changes.add(timeToLive(table, attribute, true)));
        if (options.pointInTimeRecovery().orElse(false)) {
            changes.add(pointInTimeRecovery(table, true));
        }
        return new TablePlan(table, changes, List.of());
    }

    /** The steps from the described table to the declared one. */
    static TablePlan plan(String table, EntitySchema<?> schema, TableOptions options, TableState state) {
        CreateTableRequest declared = TableDefinitions.createTableRequest(table, schema, options);
        TableDescription described = state.table();
        Map<String, String> declaredTypes = types(declared.attributeDefinitions());
        Map<String, String> describedTypes = types(described.attributeDefinitions());
        List<String> refusals = new ArrayList<>();
        String declaredKey = keyText(declared.keySchema(), declaredTypes);
        String describedKey = keyText(described.keySchema(), describedTypes);
        if (!declaredKey.equals(describedKey)) {
            refusals.add("the table key is " + describedKey + " in DynamoDB but declared as " + declaredKey
                    + "; DynamoDB cannot change a table's key");
        }
        refuseLocalIndexChanges(declared, described, declaredTypes, describedTypes, refusals);

        List<TableChange> changes = new ArrayList<>();
        Map<String, GlobalSecondaryIndexDescription> existing = new LinkedHashMap<>();
        described.globalSecondaryIndexes().forEach(index -> existing.put(index.indexName(), index));
        Map<String, GlobalSecondaryIndex> wanted = new LinkedHashMap<>();
        declared.globalSecondaryIndexes().forEach(index -> wanted.put(index.indexName(), index));
        List<String> kept = new ArrayList<>();
        List<GlobalSecondaryIndex> added = new ArrayList<>();
        for (GlobalSecondaryIndexDescription index : existing.values()) {
            GlobalSecondaryIndex want = wanted.get(index.indexName());
            String shape = shape(index.keySchema(), index.projection(), describedTypes);
            if (want == null) {
                changes.add(removeIndex(table, index.indexName(), "remove global index " + index.indexName()
                        + " (" + shape + "), which is not declared"));
            } else if (!shape.equals(shape(want.keySchema(), want.projection(), declaredTypes))) {
                changes.add(removeIndex(table, index.indexName(), "remove global index " + index.indexName() + " ("
                        + shape + ") to add it again as declared, since DynamoDB cannot change an index's key or "
                        + "projection; queries on it fail until it is back"));
                added.add(want);
            } else {
                kept.add(index.indexName());
            }
        }
        wanted.values().stream().filter(index -> !existing.containsKey(index.indexName())).forEach(added::add);
        changes.addAll(OptionChanges.billing(table, described, options, kept));
        for (GlobalSecondaryIndex index : added) {
            changes.add(addIndex(table, index, declared.attributeDefinitions(), declaredTypes));
        }
        changes.addAll(OptionChanges.options(table, described, options));
        changes.addAll(timeToLive(table, schema.ttlAttribute(), state.ttlAttribute()));
        options.pointInTimeRecovery().filter(on -> !on.equals(state.pointInTimeRecovery()))
                .ifPresent(on -> changes.add(pointInTimeRecovery(table, on)));
        OptionChanges.tags(table, described.tableArn(), options, state.tags()).ifPresent(changes::add);
        return new TablePlan(table, changes, refusals);
    }

    private static void refuseLocalIndexChanges(CreateTableRequest declared, TableDescription described,
                                                Map<String, String> declaredTypes, Map<String, String> describedTypes,
                                                List<String> refusals) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (LocalSecondaryIndex index : declared.localSecondaryIndexes()) {
            wanted.put(index.indexName(), shape(index.keySchema(), index.projection(), declaredTypes));
        }
        Map<String, String> existing = new LinkedHashMap<>();
        for (LocalSecondaryIndexDescription index : described.localSecondaryIndexes()) {
            existing.put(index.indexName(), shape(index.keySchema(), index.projection(), describedTypes));
        }
        if (!wanted.equals(existing)) {
            refusals.add("the local indexes are " + text(existing) + " in DynamoDB but declared as " + text(wanted)
                    + "; local indexes are made with the table and cannot be added, removed or changed");
        }
    }

    private static String text(Map<String, String> indexes) {
        return indexes.isEmpty() ? "none" : indexes.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }

    private static TableChange removeIndex(String table, String index, String description) {
        return new TableChange(Kind.REMOVE_INDEX, description, UpdateTableRequest.builder().tableName(table)
                .globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName(index))).build());
    }

    private static TableChange addIndex(String table, GlobalSecondaryIndex index, List<AttributeDefinition> definitions,
                                        Map<String, String> types) {
        var names = new HashSet<String>();
        index.keySchema().forEach(key -> names.add(key.attributeName()));
        List<AttributeDefinition> needed = definitions.stream().filter(d -> names.contains(d.attributeName())).toList();
        String throughput = index.provisionedThroughput() == null ? ""
                : ", " + index.provisionedThroughput().readCapacityUnits() + " read / "
                + index.provisionedThroughput().writeCapacityUnits() + " write";
        return new TableChange(Kind.ADD_INDEX, "add global index " + index.indexName() + " ("
                + shape(index.keySchema(), index.projection(), types) + throughput + ")",
                UpdateTableRequest.builder().tableName(table).attributeDefinitions(needed)
                        .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName(index.indexName())
                                .keySchema(index.keySchema()).projection(index.projection())
                                .provisionedThroughput(index.provisionedThroughput()))).build());
    }

    private static List<TableChange> timeToLive(String table, Optional<String> declared, Optional<String> described) {
        if (declared.equals(described)) {
            return List.of();
        }
        List<TableChange> changes = new ArrayList<>();
        described.ifPresent(attribute -> changes.add(timeToLive(table, attribute, false)));
        declared.ifPresent(attribute -> changes.add(timeToLive(table, attribute, true)));
        return changes;
    }

    private static TableChange timeToLive(String table, String attribute, boolean enabled) {
        return new TableChange(Kind.TIME_TO_LIVE, "turn time to live " + (enabled ? "on" : "off") + " for " + attribute,
                UpdateTimeToLiveRequest.builder().tableName(table)
                        .timeToLiveSpecification(t -> t.attributeName(attribute).enabled(enabled)).build());
    }

    private static TableChange pointInTimeRecovery(String table, boolean enabled) {
        return new TableChange(Kind.POINT_IN_TIME_RECOVERY, "turn point-in-time recovery " + (enabled ? "on" : "off"),
                UpdateContinuousBackupsRequest.builder().tableName(table)
                        .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(enabled)).build());
    }

    private static Map<String, String> types(List<AttributeDefinition> definitions) {
        Map<String, String> types = new LinkedHashMap<>();
        definitions.forEach(d -> types.put(d.attributeName(), d.attributeTypeAsString()));
        return types;
    }

    /** Such as {@code year N HASH, title S RANGE}. */
    private static String keyText(List<KeySchemaElement> keys, Map<String, String> types) {
        return keys.stream().map(k -> k.attributeName() + " " + types.get(k.attributeName()) + " " + k.keyTypeAsString())
                .collect(Collectors.joining(", "));
    }

    /** An index's key and projection as text: equal texts mean an index that need not change. */
    private static String shape(List<KeySchemaElement> keys, Projection projection, Map<String, String> types) {
        String text = keyText(keys, types) + "; projection " + projection.projectionTypeAsString();
        if (projection.projectionType() == ProjectionType.INCLUDE) {
            text += " " + projection.nonKeyAttributes().stream().sorted().toList();
        }
        return text;
    }
}
