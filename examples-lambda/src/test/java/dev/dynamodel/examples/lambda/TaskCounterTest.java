package dev.dynamodel.examples.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocalExtension;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The stream handler, invoked with DynamodbEvent JSON against embedded DynamoDB Local. */
@ExtendWith(DynamoLocalExtension.class)
class TaskCounterTest {
    private static Backend backend;
    private static TaskCounter counter;

    @BeforeAll
    static void createTables(Dynamo dynamo) {
        backend = Backend.of(dynamo);
        LocalTables.create(backend);
        counter = new TaskCounter(backend);
    }

    @Test
    void inserts_aModification_andAnExpiry_leaveTheCounts() {
        // t1 and t2 inserted (t2 done), t1 marked done, t2 removed by TTL.
        StreamsEventResponse response = counter.handleRequest(Events.streamEventResource("task-events.json"), null);

        assertEquals(List.of(), response.getBatchItemFailures());
        assertEquals(Optional.of(new TaskList("L9", 1L, 1L)), backend.lists().get("L9"));
    }

    @Test
    void aRecordThatCannotBeDecoded_isReported_andTheRecordsAfterItAreLeftForTheRetry() {
        // The second record is a MODIFY without the OldImage its view type promises.
        StreamsEventResponse response =
                counter.handleRequest(Events.streamEventResource("task-events-with-a-bad-record.json"), null);

        assertEquals(List.of("100600000000017450439091"), response.getBatchItemFailures().stream()
                .map(StreamsEventResponse.BatchItemFailure::getItemIdentifier).toList());
        assertEquals(Optional.of(new TaskList("L10", 1L, 0L)), backend.lists().get("L10"),
                "only the first record counted; t4's insert waits for the retry");
    }
}
