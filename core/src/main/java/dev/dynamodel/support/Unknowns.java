package dev.dynamodel.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Keeps the attributes of an item that its type does not declare, for an {@code @Unknown} field.
 * For generated code only: not an API, may change in any release without notice.
 */
public final class Unknowns {
    private Unknowns() {
    }

    /** The undeclared attributes of an item, or null when there are none. */
    public static Map<String, AttributeValue> collect(Map<String, AttributeValue> item, Set<String> declared) {
        Map<String, AttributeValue> unknown = null;
        for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
            if (!declared.contains(entry.getKey())) {
                if (unknown == null) {
                    unknown = new LinkedHashMap<>();
                }
                unknown.put(entry.getKey(), entry.getValue());
            }
        }
        return unknown;
    }

    /** Writes kept attributes back, skipping any that a declared attribute owns. */
    public static void putAll(Map<String, AttributeValue> item, Map<String, AttributeValue> unknown, Set<String> declared) {
        if (unknown == null) {
            return;
        }
        for (Map.Entry<String, AttributeValue> entry : unknown.entrySet()) {
            if (!declared.contains(entry.getKey()) && entry.getValue() != null) {
                item.put(entry.getKey(), entry.getValue());
            }
        }
    }
}
