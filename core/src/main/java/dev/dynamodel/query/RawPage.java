package dev.dynamodel.query;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * One DynamoDB response of a query or scan: its items, the key to go on from, its count, and the
 * capacity it reported (empty unless asked for).
 */
record RawPage(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastEvaluatedKey, int count,
               List<ConsumedCapacity> capacity) {

    /**
     * A page from the parts a {@code QueryResponse} or {@code ScanResponse} has (they share no
     * interface): the SDK gives empty lists and maps for what DynamoDB left out, and null counts.
     */
    static RawPage of(boolean hasItems, List<Map<String, AttributeValue>> items, boolean hasLastKey,
                      Map<String, AttributeValue> lastEvaluatedKey, Integer count, ConsumedCapacity capacity) {
        return new RawPage(hasItems ? items : List.of(), hasLastKey ? lastEvaluatedKey : null, count == null ? 0 : count,
                capacity == null ? List.of() : List.of(capacity));
    }

    boolean isLast() {
        return lastEvaluatedKey == null || lastEvaluatedKey.isEmpty();
    }
}
