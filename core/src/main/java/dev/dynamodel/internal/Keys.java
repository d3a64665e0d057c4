package dev.dynamodel.internal;

import software.amazon.awssdk.core.SdkBytes;

/**
 * Key checks that generated schemas call before a key is sent. Not an API.
 *
 * <p>DynamoDB rejects null and empty key values with a message that names neither the entity nor
 * the attribute; this names both, before any request leaves the process.
 */
public final class Keys {
    private Keys() {
    }

    /** A key for messages: {@code {year=2013, title=Rush}}, values as text, binaries as their length. */
    public static String describe(java.util.Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> key) {
        java.util.StringJoiner out = new java.util.StringJoiner(", ", "{", "}");
        key.forEach((name, value) -> out.add(name + "=" + (value.s() != null ? value.s()
                : value.n() != null ? value.n()
                : value.b() != null ? "<" + value.b().asByteArray().length + " bytes>" : value.toString())));
        return out.toString();
    }

    /**
     * Returns the value if it can be a key.
     *
     * @throws IllegalArgumentException if it is null, an empty string or empty binary
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
        return value;
    }
}
