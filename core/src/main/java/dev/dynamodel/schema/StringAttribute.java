package dev.dynamodel.schema;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.condition.Condition;
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
        super(path, AttributeValue::fromS);
    }

    public Condition beginsWith(String prefix) {
        return new Condition.Function("begins_with", path(), AttributeValue.fromS(prefix));
    }

    /** The string contains this substring. */
    public Condition contains(String substring) {
        return new Condition.Function("contains", path(), AttributeValue.fromS(substring));
    }
}
