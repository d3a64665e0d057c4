package dev.dynamodel.processor.model;

import java.util.List;
import java.util.Map;

/**
 * An entity's {@code @Table} options and its global indexes' own throughput, validated. The enum
 * members hold the constant names of the annotation's enums, which match the SDK's.
 *
 * @param readCapacity    0 with {@code writeCapacity} 0 for on-demand billing
 * @param indexCapacity   index name to its {read, write} capacity, for indexes that give their own
 * @param tableClass      {@code STANDARD} or {@code STANDARD_INFREQUENT_ACCESS}
 * @param stream          {@code NONE} or a stream view type
 * @param encryption      {@code AWS_OWNED}, {@code AWS_MANAGED} or {@code CUSTOMER_MANAGED}
 * @param kmsKey          the customer managed key; empty otherwise
 * @param tags            key and value of each tag, in declaration order
 */
public record TableOptions(long readCapacity, long writeCapacity, Map<String, long[]> indexCapacity, String tableClass,
                           String stream, boolean pointInTimeRecovery, boolean deletionProtection, String encryption,
                           String kmsKey, List<Map.Entry<String, String>> tags) {
    public static final TableOptions DEFAULTS = new TableOptions(0, 0, Map.of(), "STANDARD", "NONE", false, false,
            "AWS_OWNED", "", List.of());

    /** Whether every option is DynamoDB's default: then the schema needs no {@code tableOptions()} of its own. */
    public boolean isDefault() {
        return readCapacity == 0 && indexCapacity.isEmpty() && tableClass.equals("STANDARD") && stream.equals("NONE")
                && !pointInTimeRecovery && !deletionProtection && encryption.equals("AWS_OWNED") && tags.isEmpty();
    }
}
