package dev.dynamodel.schema;

import dev.dynamodel.support.Violations;
import dev.dynamodel.support.Codecs;
import dev.dynamodel.support.Nesting;
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

    /**
     * The value as one map attribute ({@code M}), for storing it inside another item.
     *
     * @throws dev.dynamodel.exception.ValidationException if documents nest deeper than DynamoDB can store,
     *         as a recursive type can; checked before recursing further. (Lists count as levels
     *         too: a value that is too deep with them is refused when it is written.)
     */
    default AttributeValue toAttributeValue(T value) {
        return Nesting.encode(value, this::toItem);
    }

    /**
     * The value stored in a map attribute.
     *
     * @throws dev.dynamodel.exception.ItemMappingException if it is not a map, or documents nest deeper
     *         than DynamoDB can store (which DynamoDB never returns)
     */
    default T fromAttributeValue(AttributeValue value) {
        if (!value.hasM()) {
            throw Codecs.mismatch("a map (M)", value);
        }
        return Nesting.decode(value.m(), this::fromItem);
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
