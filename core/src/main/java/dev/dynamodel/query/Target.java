package dev.dynamodel.query;

import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.IndexDefinition;
import dev.dynamodel.schema.KeyAttribute;
import dev.dynamodel.schema.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a query or scan reads: the table itself or one of its indexes, with the key attributes that
 * identify an item in it (those a cursor must carry).
 */
record Target(String tableName, IndexDefinition index, KeyAttribute hashKey, Optional<KeyAttribute> rangeKey,
              List<String> startKeyAttributes, Template hashTemplate, Template rangeTemplate) {

    static Target table(String tableName, EntitySchema<?> schema) {
        return new Target(tableName, null, schema.hashKey(), schema.rangeKey(), tableKeys(schema),
                template(schema, schema.hashKey()), schema.rangeKey().map(r -> template(schema, r)).orElse(null));
    }

    /** The family member's template of a key attribute, or null (a plain key, or a member that does not fill it). */
    private static Template template(EntitySchema<?> schema, KeyAttribute key) {
        return schema.familyMember().flatMap(member -> member.template(key.name())).orElse(null);
    }

    static Target index(String tableName, EntitySchema<?> schema, IndexDefinition index) {
        List<String> keys = tableKeys(schema);
        addOnce(keys, index.hashKey().name());
        index.rangeKey().ifPresent(range -> addOnce(keys, range.name()));
        return new Target(tableName, index, index.hashKey(), index.rangeKey(), keys, template(schema, index.hashKey()),
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
        String keys = hashKey.name() + (hashTemplate == null ? "" : " = " + hashTemplate)
                + rangeKey.map(r -> ", sort key " + r.name() + (rangeTemplate == null ? "" : " = " + rangeTemplate))
                        .orElse("");
        return (index == null ? "the table" : index.toString()) + " (partition key " + keys + ")";
    }
}
