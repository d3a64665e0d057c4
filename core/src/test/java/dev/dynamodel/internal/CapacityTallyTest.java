package dev.dynamodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

class CapacityTallyTest {

    @Test
    void sums_tableByTable_withTheTableAndEachIndexApart() {
        ConsumedCapacity first = ConsumedCapacity.builder().tableName("a").capacityUnits(3.0)
                .table(Capacity.builder().capacityUnits(1.0).build())
                .globalSecondaryIndexes(Map.of("g", Capacity.builder().capacityUnits(2.0).build())).build();
        ConsumedCapacity second = ConsumedCapacity.builder().tableName("a").capacityUnits(1.5)
                .table(Capacity.builder().capacityUnits(1.5).build()).build();
        ConsumedCapacity other = ConsumedCapacity.builder().tableName("b").capacityUnits(0.5).build();

        List<ConsumedCapacity> sum = CapacityTally.sum(List.of(List.of(first), List.of(second, other), List.of()));

        assertEquals(List.of("a", "b"), sum.stream().map(ConsumedCapacity::tableName).toList());
        assertEquals(4.5, sum.get(0).capacityUnits());
        assertEquals(2.5, sum.get(0).table().capacityUnits());
        assertEquals(2.0, sum.get(0).globalSecondaryIndexes().get("g").capacityUnits());
        assertFalse(sum.get(0).hasLocalSecondaryIndexes());
        assertEquals(0.5, sum.get(1).capacityUnits());
        assertNull(sum.get(1).table(), "what DynamoDB did not report stays absent");
        assertNull(sum.get(0).readCapacityUnits());
    }

    @Test
    void nothingReported_isAnEmptyList() {
        assertEquals(List.of(), CapacityTally.sum(List.of(List.of(), List.of())));
    }
}
