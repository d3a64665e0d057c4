package dev.dynamodel.examples.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.dynamodel.streams.ChangeDecoder;
import dev.dynamodel.streams.LambdaRecords;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Subscribed to the Tasks table's stream (view type {@code NEW_AND_OLD_IMAGES}): keeps each list's
 * counters of tasks and of done tasks in the TaskLists table. Reports the records it could not
 * handle as batch item failures, so that Lambda retries from the first of them (the event source
 * mapping needs {@code ReportBatchItemFailures}).
 */
// tag::stream-handler[]
public final class TaskCounter implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    private static final ChangeDecoder<Task> TASKS = ChangeDecoder.of(TaskSchema.INSTANCE);
    private final Counting counting;

    /** The constructor Lambda calls, once per execution environment. */
    public TaskCounter() {
        this(Production.BACKEND);
    }

    /** A handler over other models: DynamoDB Local in tests. */
    public TaskCounter(Backend backend) {
        this.counting = new Counting(backend.lists());
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        for (Record record : LambdaRecords.of(event)) {
            try {
                counting.apply(TASKS.decode(record));
            } catch (RuntimeException e) {
                // Lambda retries the batch from this record on; the records before it are not sent again.
                failures.add(new StreamsEventResponse.BatchItemFailure(record.dynamodb().sequenceNumber()));
                break;
            }
        }
        return new StreamsEventResponse(failures);
    }
}
// end::stream-handler[]
