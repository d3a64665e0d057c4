package dev.dynamodel.schema;

import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One partition of a family's table or of one of its indexes: what a collection query reads.
 * Generated member schemas make them from typed fields ({@code CustomerSchema.partitionKey("c1")}).
 *
 * @param index     the index name, or null for the table
 * @param attribute the partition key attribute
 * @param value     the composed value
 */
public record PartitionKey(String index, String attribute, AttributeValue value) {
    public PartitionKey {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(value, "value");
    }
}
