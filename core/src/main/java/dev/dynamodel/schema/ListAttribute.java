package dev.dynamodel.schema;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.condition.Condition;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A list attribute: adds {@code contains(element)} and typed access to an element by index.
 *
 * <pre>{@code
 * MovieSchema.INFO.genres().contains("Drama")
 * MovieSchema.INFO.actors().index(0).eq("Daniel Brühl")
 * }</pre>
 *
 * @param <E> the element type
 * @param <A> the attribute type of one element
 */
public class ListAttribute<E, A extends Attribute<E>> extends Attribute<List<E>> {
    private final Function<AttributePath, A> elementAttribute;

    public ListAttribute(AttributePath path, Function<? super List<E>, AttributeValue> encoder,
                         Function<AttributePath, A> elementAttribute) {
        super(path, encoder);
        this.elementAttribute = elementAttribute;
    }

    /** The element at this index, with the operators of its type. */
    public A index(int index) {
        return elementAttribute.apply(path().index(index));
    }

    /** The list has an element equal to this value. */
    public Condition contains(E element) {
        return new Condition.Function("contains", path(), index(0).toAttributeValue(element));
    }
}
