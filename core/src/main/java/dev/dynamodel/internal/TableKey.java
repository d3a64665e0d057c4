package dev.dynamodel.internal;

import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.KeyAttribute;
import dev.dynamodel.support.Keys;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One item's identity across tables: the physical table name and the key attributes. Batches and
 * transactions use it to find duplicates and to match what DynamoDB returns (items, unprocessed
 * requests) to what was asked. Not an API.
 *
 * @param table the physical table name
 * @param key the key attributes only
 */
public record TableKey(String table, Map<String, AttributeValue> key) {
    public TableKey {
        Objects.requireNonNull(table, "table");
        key = canonical(key);
    }

    /** The key of a whole item, taking only the schema's key attributes. */
    public static TableKey ofItem(String table, EntitySchema<?> schema, Map<String, AttributeValue> item) {
        return new TableKey(table, keyOfItem(schema, item));
    }

    /**
     * The key attributes of a whole item: the one rule for taking a key from an item (writes take
     * it from the item they send rather than encoding the key twice; batch reads match the items
     * that come back to the keys asked for).
     *
     * @throws IllegalArgumentException if a key attribute is missing or empty
     */
    public static Map<String, AttributeValue> keyOfItem(EntitySchema<?> schema, Map<String, AttributeValue> item) {
        return Keys.fromItem(schema.entityName(), schema.hashKey().name(),
                schema.rangeKey().map(KeyAttribute::name).orElse(null), item);
    }

    /**
     * A key given by the caller, checked to hold exactly the schema's key attributes.
     *
     * @throws IllegalArgumentException naming the expected attributes, if it does not
     */
    public static TableKey checked(String table, EntitySchema<?> schema, Map<String, AttributeValue> key) {
        if (key == null) {
            throw new IllegalArgumentException("A key of " + schema.entityName() + " must not be null");
        }
        boolean complete = key.containsKey(schema.hashKey().name())
                && schema.rangeKey().map(range -> key.containsKey(range.name())).orElse(true)
                && key.size() == (schema.rangeKey().isPresent() ? 2 : 1);
        if (!complete || key.values().stream().anyMatch(Objects::isNull)) {
            String expected = schema.hashKey().name() + schema.rangeKey().map(r -> ", " + r.name()).orElse("");
            throw new IllegalArgumentException("A key of " + schema.entityName() + " must have exactly the attributes ["
                    + expected + "], not " + key.keySet() + "; build it with the generated schema's key(...)");
        }
        return new TableKey(table, key);
    }

    // DynamoDB returns numbers in canonical form ("2013" for "2013.0"); a key given otherwise must
    // still match the item that comes back.
    private static Map<String, AttributeValue> canonical(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> out = new HashMap<>(key.size() * 2);
        key.forEach((name, value) -> out.put(name, value != null && value.n() != null
                ? AttributeValue.fromN(canonicalNumber(value.n())) : value));
        return Map.copyOf(out);
    }

    private static String canonicalNumber(String n) {
        try {
            BigDecimal number = new BigDecimal(n).stripTrailingZeros();
            return number.signum() == 0 ? "0" : number.toPlainString();
        } catch (NumberFormatException e) {
            return n;   // DynamoDB will refuse it with its own message
        }
    }

    /** {@code Movies (key: title, year)}, for messages: the key's attribute names, never its values. */
    @Override
    public String toString() {
        return table + " (" + Keys.describe(key) + ")";
    }
}
