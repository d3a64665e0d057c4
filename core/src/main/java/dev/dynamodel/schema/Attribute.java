package dev.dynamodel.schema;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.condition.Operator;
import dev.dynamodel.support.Nesting;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A typed attribute of a generated schema, such as {@code MovieSchema.TITLE}: its path, how its
 * values are stored, and the conditions every attribute supports. Subclasses add the operators
 * their type allows ({@link ComparableAttribute}, {@link StringAttribute}, ...), so comparing an
 * attribute with a value of the wrong type does not compile.
 *
 * <pre>{@code
 * Condition c = MovieSchema.INFO.rank().eq(2).and(MovieSchema.INFO.plot().exists());
 * }</pre>
 *
 * @param <V> the Java type of the attribute's values
 */
public class Attribute<V> {
    private final AttributePath path;
    private final Function<? super V, AttributeValue> encoder;

    public Attribute(AttributePath path, Function<? super V, AttributeValue> encoder) {
        this.path = Objects.requireNonNull(path, "path");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    public Attribute(String name, Function<? super V, AttributeValue> encoder) {
        this(AttributePath.of(name), encoder);
    }

    /** The document path of this attribute. */
    public AttributePath path() {
        return path;
    }

    /** The path as text: {@code title}, {@code info.rating}, {@code tags[2]}. */
    public String name() {
        return path.toString();
    }

    /**
     * A Java value as DynamoDB stores it; {@code null} becomes the {@code NULL} value.
     *
     * @throws dev.dynamodel.exception.ValidationException if it nests documents deeper than DynamoDB stores
     */
    public AttributeValue toAttributeValue(V value) {
        if (value == null) {
            return AttributeValue.fromNul(true);
        }
        try {
            return encoder.apply(value);
        } catch (Nesting.TooDeep e) {
            throw Nesting.namingThePath(path, e, () -> encoder.apply(value));
        }
    }

    public Condition eq(V value) {
        return compare(Operator.EQ, value);
    }

    public Condition ne(V value) {
        return compare(Operator.NE, value);
    }

    /** One of 1 to 100 values. */
    @SafeVarargs
    public final Condition in(V... values) {
        return in(List.of(values));
    }

    /** One of 1 to 100 values. */
    public Condition in(Collection<? extends V> values) {
        List<AttributeValue> encoded = new ArrayList<>(values.size());
        for (V value : values) {
            encoded.add(toAttributeValue(value));
        }
        return new Condition.In(path, encoded);
    }

    /** The attribute is present (it may hold {@code NULL}). */
    public Condition exists() {
        return new Condition.Function("attribute_exists", path, null);
    }

    /** The attribute is absent. */
    public Condition notExists() {
        return new Condition.Function("attribute_not_exists", path, null);
    }

    /** The attribute holds a value of this DynamoDB type. */
    public Condition attributeType(AttributeType type) {
        return new Condition.Function("attribute_type", path, AttributeValue.fromS(type.name()));
    }

    /** The size of the value: string length, binary length, or number of elements. */
    public SizeOperand size() {
        return new SizeOperand(path);
    }

    protected final Condition compare(Operator operator, V value) {
        return new Condition.Compare(path, operator, toAttributeValue(value));
    }

    @Override
    public String toString() {
        return name();
    }
}
