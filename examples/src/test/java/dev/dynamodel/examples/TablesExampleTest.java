package dev.dynamodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/** Runs the table example; docs/tables.md shows exactly what it prints. */
class TablesExampleTest {

    @Test
    void main_plansAndAppliesEachChange_andKeepsTheItems() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            TablesExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.contains("items: 100"), lines.toString());
        assertTrue(lines.contains("async: 0 steps"), lines.toString());
        assertEquals(DocumentedOutput.of("tables.md"), lines, "docs/tables.md shows what it prints");
    }

    @Test
    void taggedRequest_addsTheRuntimeOptionsToTheDeclaredOnes() {
        try (Dynamo dynamo = DynamoLocal.embedded()) {
            CreateTableRequest request = TablesExample.taggedRequest(StockModel.of(dynamo), "staging");
            assertEquals("staging", request.tags().get(0).value());
            assertTrue(request.deletionProtectionEnabled());
            assertEquals(5L, request.provisionedThroughput().readCapacityUnits(), "declared throughput kept");
            assertTrue(request.streamSpecification().streamEnabled());
        }
    }
}
