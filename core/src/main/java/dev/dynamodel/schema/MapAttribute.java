package dev.dynamodel.schema;

import dev.dynamodel.condition.AttributePath;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A {@code Map<String, V>} attribute: typed access to the value under a key.
 *
 * <pre>{@code
 * UserSchema.COUNTS.key("logins").gt(10)
 * }</pre>
 *
 * @param <V> the value type
 * @param <A> the attribute type of one value
 */
public class MapAttribute<V, A extends Attribute<V>> extends Attribute<Map<String, V>> {
    private final Function<AttributePath, A> valueAttribute;

    public MapAttribute(AttributePath path, Function<? super Map<String, V>, AttributeValue> encoder,
                        Function<AttributePath, A> valueAttribute) {
        super(path, encoder);
        this.valueAttribute = valueAttribute;
    }

    /** The value under this key, with the operators of its type. */
    public A key(String key) {
        return valueAttribute.apply(path().child(key));
    }
}
