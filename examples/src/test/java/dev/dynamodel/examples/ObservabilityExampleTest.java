package dev.dynamodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocal;
import dev.dynamodel.observe.RequestEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.DoubleAdder;
import org.junit.jupiter.api.Test;

class ObservabilityExampleTest {

    @Test
    void capacity_isSummedOverChunks_andReportedPerIndexWhenAsked() {
        try (Dynamo local = DynamoLocal.embedded()) {
            DoubleAdder unitsUsed = new DoubleAdder();
            Dynamo dynamo = ObservabilityExample.wiring(local.client(), unitsUsed);
            OrderModel.of(dynamo).createTable();

            Map<String, Double> capacity = ObservabilityExample.capacity(dynamo);

            // 40 small items, each written to the table, its global index and its local index.
            assertEquals(120.0, capacity.get("batchWrite"), 1e-9);
            assertTrue(capacity.get("pageIndex") > 0 && capacity.get("pageIndex") <= capacity.get("page"));
            assertEquals(capacity.get("batchWrite") + capacity.get("page"), unitsUsed.sum(), 1e-9,
                    "the listener heard the same units: two chunks and the page's query");
        }
    }

    @Test
    void aSave_isOneEvent() {
        try (Dynamo local = DynamoLocal.embedded()) {
            OrderModel.of(local).createTable();
            List<RequestEvent> heard = ObservabilityExample.heardOfOneSave(local.client());
            assertEquals(1, heard.size());
            assertEquals("PutItem", heard.get(0).operation());
            assertEquals("Orders", heard.get(0).table());
            assertEquals(1, heard.get(0).attempt());
            assertTrue(heard.get(0).succeeded());
        }
    }
}
