package dev.dynamodel.batch;

import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * What a batch write did.
 *
 * <pre>{@code
 * BatchWriteResult result = dynamo.batchWrite().putAll(movies, allMovies).execute();
 * System.out.println(result.written() + " items in " + result.requests() + " requests");
 * }</pre>
 *
 * @param operations the operations in the call
 * @param written those DynamoDB confirmed (all of them, unless this came with a {@link BatchWriteException})
 * @param requests the BatchWriteItem requests sent, retries included
 * @param retries the requests that re-sent unprocessed or throttled items
 * @param throttled the requests refused by throttling
 * @param elapsed the time from the first request to the last response
 * @param consumedCapacity the capacity DynamoDB reported, summed per table over every request and
 *                         retry; empty unless {@code returnConsumedCapacity} was set on the call or the runtime
 */
public record BatchWriteResult(int operations, int written, int requests, int retries, int throttled,
                               Duration elapsed, List<ConsumedCapacity> consumedCapacity) {
}
