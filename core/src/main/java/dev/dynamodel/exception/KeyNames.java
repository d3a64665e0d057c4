package dev.dynamodel.exception;

import java.util.Map;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How a message names an item: by its key's attribute names, never their values, since keys are
 * user data too ({@code key: owner, slot}). The exceptions carry the values as data ({@code key()}).
 * {@code dev.dynamodel.support.Keys#describe} applies the same rule outside this package, which
 * imports nothing of the library's.
 */
final class KeyNames {
    private KeyNames() {
    }

    static String of(Map<String, AttributeValue> key) {
        return "key: " + String.join(", ", new TreeSet<>(key.keySet()));
    }
}
