package dev.dynamodel.schema;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.condition.Condition;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A set attribute (SS, NS or BS): adds {@code contains(element)}.
 *
 * <pre>{@code
 * UserSchema.TAGS.contains("admin")
 * }</pre>
 *
 * @param <E> the element type
 */
public class SetAttribute<E> extends Attribute<Set<E>> {
    private final Function<? super E, AttributeValue> elementEncoder;

    public SetAttribute(AttributePath path, Function<? super Set<E>, AttributeValue> encoder,
                        Function<? super E, AttributeValue> elementEncoder) {
        super(path, encoder);
        this.elementEncoder = elementEncoder;
    }

    /** The set holds this element. */
    public Condition contains(E element) {
        return new Condition.Function("contains", path(), elementEncoder.apply(element));
    }
}
