package dev.dynamodel.schema;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.condition.Condition;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A string attribute: adds {@code beginsWith} and {@code contains} (substring).
 *
 * <pre>{@code
 * MovieSchema.TITLE.beginsWith("The ")
 * }</pre>
 */
public class StringAttribute extends ComparableAttribute<String> {
    public StringAttribute(AttributePath path) {
        super(path, ENCODER);
    }

    /** A class, not {@code AttributeValue::fromS}: schemas build these at class initialisation, where a lambda costs start-up time. */
    private static final Function<String, AttributeValue> ENCODER = new Function<>() {
        @Override
        public AttributeValue apply(String value) {
            return AttributeValue.fromS(value);
        }
    };

    public Condition beginsWith(String prefix) {
        return new Condition.Function("begins_with", path(), AttributeValue.fromS(prefix));
    }

    /** The string contains this substring. */
    public Condition contains(String substring) {
        return new Condition.Function("contains", path(), AttributeValue.fromS(substring));
    }
}
