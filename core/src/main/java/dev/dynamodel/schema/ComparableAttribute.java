package dev.dynamodel.schema;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.condition.Operator;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An attribute of an ordered type (numbers, strings, binaries, dates): adds {@code lt}, {@code le},
 * {@code gt}, {@code ge} and {@code between}.
 *
 * <pre>{@code
 * MovieSchema.YEAR.between(1990, 1999)
 * }</pre>
 *
 * @param <V> the Java type of the values
 */
public class ComparableAttribute<V> extends Attribute<V> {
    public ComparableAttribute(AttributePath path, Function<? super V, AttributeValue> encoder) {
        super(path, encoder);
    }

    public Condition lt(V value) {
        return compare(Operator.LT, value);
    }

    public Condition le(V value) {
        return compare(Operator.LE, value);
    }

    public Condition gt(V value) {
        return compare(Operator.GT, value);
    }

    public Condition ge(V value) {
        return compare(Operator.GE, value);
    }

    /** Between both bounds, inclusive. */
    public Condition between(V low, V high) {
        return new Condition.Between(path(), toAttributeValue(low), toAttributeValue(high));
    }
}
