package dev.dynamodel.support;

import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.exception.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Key checks that generated schemas call before a key is sent. For generated code only: not an API, may change in any release without notice.
 *
 * <p>DynamoDB rejects null and empty key values with a message that names neither the entity nor
 * the attribute; this names both, before any request leaves the process.
 */
public final class Keys {
    private Keys() {
    }

    /**
     * A key for messages: {@code key: title, year}, its attribute names only. Never the values:
     * items hold secrets, and messages end up in logs; the exceptions carry the key as data.
     */
    public static String describe(Map<String, AttributeValue> key) {
        return "key: " + String.join(", ", new TreeSet<>(key.keySet()));
    }

    /**
     * The key attributes of an item about to be written, refusing missing or empty ones with the
     * same messages as {@link #require}. Taking them from the item costs no second encoding.
     *
     * @param rangeKey the sort key's stored name, or null if the table has none
     */
    public static Map<String, AttributeValue> fromItem(String entity, String hashKey, String rangeKey,
                                                       Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new HashMap<>(4);
        copyKey(entity, hashKey, item, key);
        if (rangeKey != null) {
            copyKey(entity, rangeKey, item, key);
        }
        return key;
    }

    private static void copyKey(String entity, String attribute,
                                Map<String, AttributeValue> item,
                                Map<String, AttributeValue> key) {
        AttributeValue value = item.get(attribute);
        if (value == null) {
            throw new IllegalArgumentException("Key attribute '" + attribute + "' of " + entity + " must not be null");
        }
        if (value.s() != null && value.s().isEmpty() || value.b() != null && value.b().asByteBuffer().remaining() == 0) {
            throw new IllegalArgumentException("Key attribute '" + attribute + "' of " + entity + " must not be empty");
        }
        key.put(attribute, value);
    }

    /**
     * Returns the value if it can be a key.
     *
     * @throws IllegalArgumentException if it is null, an empty string or empty binary
     * @throws ValidationException if it is text that is not valid Unicode (see {@link StoredValues})
     */
    public static <V> V require(String entity, String attribute, V value) {
        if (value == null) {
            throw new IllegalArgumentException("Key attribute '" + attribute + "' of " + entity + " must not be null");
        }
        boolean empty = value instanceof String s && s.isEmpty()
                || value instanceof byte[] b && b.length == 0
                || value instanceof SdkBytes sb && sb.asByteBuffer().remaining() == 0;
        if (empty) {
            throw new IllegalArgumentException("Key attribute '" + attribute + "' of " + entity + " must not be empty");
        }
        Violation text = StoredValues.textOfKey(attribute, value);
        if (text != null) {
            throw new ValidationException(entity, List.of(text));
        }
        return value;
    }
}
