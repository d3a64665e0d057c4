package dev.dynamodel.query;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One DynamoDB response of a query or scan: its items, the key to go on from, and its count. */
record RawPage(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastEvaluatedKey, int count) {

    boolean isLast() {
        return lastEvaluatedKey == null || lastEvaluatedKey.isEmpty();
    }
}
