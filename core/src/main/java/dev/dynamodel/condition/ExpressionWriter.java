package dev.dynamodel.condition;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Allocates the {@code #name} and {@code :value} placeholders of one request. Every attribute name
 * and every value goes through here, so user input never becomes expression text. One writer is
 * shared by a request's key condition, filter and projection, which then share placeholders.
 *
 * <pre>{@code
 * ExpressionWriter writer = new ExpressionWriter();
 * String filter = MovieSchema.TITLE.beginsWith("The").render(writer);  // begins_with(#n0, :v0)
 * writer.names();   // {#n0=title}
 * writer.values();  // {:v0=AttributeValue(S=The)}
 * }</pre>
 */
public final class ExpressionWriter {
    // Raw conditions' own placeholders are renamed to these when rendered, so nothing can collide.
    private static final String NAME_PREFIX = "#n";
    private static final String VALUE_PREFIX = ":v";
    /** The first placeholders, made once: most requests need no more, and then none is concatenated. */
    private static final String[] NAMES = placeholders(NAME_PREFIX);
    private static final String[] VALUES = placeholders(VALUE_PREFIX);

    private final Map<String, String> nameToPlaceholder = new HashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    /** The placeholder expression for a path, such as {@code #n0.#n1[2]}. */
    public String path(AttributePath path) {
        if (path.isTopLevel()) {
            return name(path.root()); // the usual case, without a builder
        }
        StringBuilder out = new StringBuilder();
        for (Object segment : path.segments()) {
            if (segment instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name((String) segment));
            }
        }
        return out.toString();
    }

    /** The placeholder for one attribute name, reused if the name appeared before. */
    public String name(String name) {
        String placeholder = nameToPlaceholder.get(name);
        if (placeholder == null) {
            placeholder = placeholder(NAMES, NAME_PREFIX, names.size());
            nameToPlaceholder.put(name, placeholder);
            names.put(placeholder, name);
        }
        return placeholder;
    }

    /** A new placeholder for a value. */
    public String value(AttributeValue value) {
        String placeholder = placeholder(VALUES, VALUE_PREFIX, values.size());
        values.put(placeholder, value);
        return placeholder;
    }

    private static String[] placeholders(String prefix) {
        String[] made = new String[16];
        for (int i = 0; i < made.length; i++) {
            made[i] = prefix + i;
        }
        return made;
    }

    private static String placeholder(String[] made, String prefix, int number) {
        return number < made.length ? made[number] : prefix + number;
    }

    /** The names map for {@code ExpressionAttributeNames}, or null when empty (DynamoDB refuses empty maps). */
    public Map<String, String> names() {
        return names.isEmpty() ? null : names;
    }

    /** The values map for {@code ExpressionAttributeValues}, or null when empty. */
    public Map<String, AttributeValue> values() {
        return values.isEmpty() ? null : values;
    }
}
