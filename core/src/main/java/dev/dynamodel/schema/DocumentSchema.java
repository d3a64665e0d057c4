package dev.dynamodel.schema;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts one Java type to and from a DynamoDB map of attributes, and carries its rules (defaults
 * and validation). Generated for every {@code @Document} and {@code @Entity}; the conversion is
 * plain generated code, no reflection.
 *
 * <pre>{@code
 * Map<String, AttributeValue> item = MovieSchema.INSTANCE.toItem(movie);
 * Movie back = MovieSchema.INSTANCE.fromItem(item);
 * }</pre>
 *
 * @param <T> the Java type
 */
public interface DocumentSchema<T> {

    /** The item for a value; null fields are left out. */
    Map<String, AttributeValue> toItem(T value);

    /** The value for an item; attributes the type does not declare are ignored. */
    T fromItem(Map<String, AttributeValue> item);

    /**
     * Checks one attribute's value against its rules, as an update that sets it must: the same
     * checks {@code validate} runs on that field. Attributes without rules are not checked.
     */
    default void validateAttribute(String storedName, Object value, Violations violations) {
    }

    /** The schema of a nested document attribute, or null if the attribute is not one. */
    default DocumentSchema<?> nestedSchema(String storedName) {
        return null;
    }

    /** The value as one map attribute ({@code M}), for storing it inside another item. */
    default AttributeValue toAttributeValue(T value) {
        return AttributeValue.fromM(toItem(value));
    }

    /** The value stored in a map attribute. */
    default T fromAttributeValue(AttributeValue value) {
        if (!value.hasM()) {
            throw new dev.dynamodel.exception.ItemMappingException("expected a map (M), found " + value);
        }
        return fromItem(value.m());
    }

    /**
     * The first step of the write pipeline: the value with every {@code @Default} and
     * {@code @DefaultSupplier} applied, here and in nested documents. A mutable class is changed in
     * place; a record or immutable class is rebuilt. Returns the same instance when nothing changed.
     */
    default T applyDefaults(T value) {
        return value;
    }

    /**
     * Adds a violation to {@code violations} for every rule the value breaks, here and in nested
     * documents, at paths under the collector's current path. Generated as straight-line checks.
     */
    default void validate(T value, Violations violations) {
    }
}
