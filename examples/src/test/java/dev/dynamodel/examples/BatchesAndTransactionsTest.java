package dev.dynamodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Runs the batch and transaction example and checks each printed outcome. */
class BatchesAndTransactionsTest {

    @Test
    void main_loadsReadsRecoversAndTransacts_andPrintsEachOutcome() {
        List<String> lines = runMain();

        assertEquals(10, lines.size(), () -> "one line per printed step, got " + lines);
        assertEquals("progress: 1000 of 1000", lines.get(0));
        assertEquals("wrote 1000 books in 40 requests", lines.get(1));
        assertEquals("books: [Title 1, -, Title 2]", lines.get(2));
        assertEquals("missing: 1, alice has 10000", lines.get(3));
        assertTrue(lines.get(4).matches("(\\d+) written, (\\d+) not; writing those again"), lines.get(4));
        String[] counts = lines.get(4).split("[^0-9]+");
        assertEquals(50, Integer.parseInt(counts[0]) + Integer.parseInt(counts[1]));
        assertTrue(Integer.parseInt(counts[1]) > 0);
        assertEquals("books now: 1049", lines.get(5), "1,050 books less the one deleted");
        assertEquals("item 0 Update: ConditionalCheckFailed", lines.get(6));
        assertEquals("item 1 Create: None", lines.get(7));
        assertEquals("bob has 2000", lines.get(8));
        assertEquals("alice: 7000 (version 2), purchases: [p-1, -]", lines.get(9));
        // The page shows one run; only the split of the failed batch is left to the assertions above.
        List<String> documented = DocumentedOutput.of("batch-and-transactions.md");
        assertEquals(lines.size(), documented.size(), () -> "docs/batch-and-transactions.md shows " + documented);
        for (int i = 0; i < lines.size(); i++) {
            if (i != 4) {
                assertEquals(lines.get(i), documented.get(i), "docs/batch-and-transactions.md, printed line " + (i + 1));
            }
        }
        assertTrue(documented.get(4).matches("(\\d+) written, (\\d+) not; writing those again"), documented.get(4));
    }

    @Test
    void patient_usesTheGivenRetryPolicy() {
        Dynamo dynamo = BatchesAndTransactions.patient(new NoClient());
        assertEquals(15, dynamo.retryPolicy().maxAttempts());
        assertEquals(Duration.ofSeconds(10), dynamo.retryPolicy().maxDelay());
    }

    private static List<String> runMain() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            BatchesAndTransactions.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** A client the test never calls. */
    private static final class NoClient implements DynamoDbClient {
        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {
        }
    }
}
