package dev.dynamodel.schema;

import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A key attribute of a table or index: its stored name and its DynamoDB scalar type.
 *
 * @param name the attribute name as stored
 * @param type {@code S}, {@code N} or {@code B}
 */
public record KeyAttribute(String name, ScalarAttributeType type) {
    public KeyAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
