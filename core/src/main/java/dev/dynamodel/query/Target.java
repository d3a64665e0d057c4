package dev.dynamodel.query;

import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.IndexDefinition;
import dev.dynamodel.schema.KeyAttribute;
import dev.dynamodel.schema.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * What a query or scan reads: the table itself or one of its indexes, with the key attributes that
 * identify an item in it (those a cursor must carry).
 */
record Target(String tableName, IndexDefinition index, List<KeyAttribute> hashKeys, List<KeyAttribute> rangeKeys,
              List<String> startKeyAttributes, Template hashTemplate, Template rangeTemplate) {

    static Target table(String tableName, EntitySchema<?> schema) {
        return new Target(tableName, null, List.of(schema.hashKey()), schema.rangeKey().stream().toList(),
                tableKeys(schema),
                template(schema, schema.hashKey()), schema.rangeKey().map(r -> template(schema, r)).orElse(null));
    }

    /** The family member's template of a key attribute, or null (a plain key, or a member that does not fill it). */
    private static Template template(EntitySchema<?> schema, KeyAttribute key) {
        return schema.familyMember().flatMap(member -> member.template(key.name())).orElse(null);
    }

    static Target index(String tableName, EntitySchema<?> schema, IndexDefinition index) {
        List<String> keys = tableKeys(schema);
        // Every attribute of a multi-attribute key is in LastEvaluatedKey, so a cursor carries them all.
        index.hashKeys().forEach(key -> addOnce(keys, key.name()));
        index.rangeKeys().forEach(key -> addOnce(keys, key.name()));
        return new Target(tableName, index, index.hashKeys(), index.rangeKeys(), keys, template(schema, index.hashKey()),
                index.rangeKey().map(r -> template(schema, r)).orElse(null));
    }

    private static List<String> tableKeys(EntitySchema<?> schema) {
        List<String> keys = new ArrayList<>();
        keys.add(schema.hashKey().name());
        schema.rangeKey().ifPresent(range -> keys.add(range.name()));
        return keys;
    }

    private static void addOnce(List<String> names, String name) {
        if (!names.contains(name)) {
            names.add(name);
        }
    }

    /** The index name for the request, or null for the table. */
    String indexName() {
        return index == null ? null : index.name();
    }

    boolean isGlobalIndex() {
        return index != null && index.kind() == IndexDefinition.Kind.GLOBAL;
    }

    String describe() {
        String keys = names(hashKeys) + (hashTemplate == null ? "" : " = " + hashTemplate)
                + (rangeKeys.isEmpty() ? "" : ", sort key " + names(rangeKeys)
                        + (rangeTemplate == null ? "" : " = " + rangeTemplate));
        return (index == null ? "the table" : index.toString()) + " (partition key " + keys + ")";
    }

    private static String names(List<KeyAttribute> keys) {
        return keys.stream().map(KeyAttribute::name).collect(java.util.stream.Collectors.joining(" + "));
    }
}
