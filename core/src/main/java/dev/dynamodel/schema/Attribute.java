package dev.dynamodel.schema;

import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A typed attribute constant of a generated schema, such as {@code MovieSchema.TITLE}. It knows the
 * stored name and how a Java value of its type is written, so that code which names an attribute
 * cannot get its name or its encoding wrong.
 *
 * <pre>{@code
 * Attribute<String> title = MovieSchema.TITLE;
 * title.name();                 // "title"
 * title.toAttributeValue("Up"); // AttributeValue(S=Up)
 * }</pre>
 *
 * @param <V> the Java type of the attribute's values
 */
public class Attribute<V> {
    private final String name;
    private final Function<? super V, AttributeValue> encoder;

    public Attribute(String name, Function<? super V, AttributeValue> encoder) {
        this.name = Objects.requireNonNull(name, "name");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    /** The attribute name as stored in DynamoDB. */
    public String name() {
        return name;
    }

    /** A Java value as DynamoDB stores it; {@code null} becomes the {@code NULL} value. */
    public AttributeValue toAttributeValue(V value) {
        return value == null ? AttributeValue.fromNul(true) : encoder.apply(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
