package dev.dynamodel.batch;

import dev.dynamodel.exception.DynamodelException;

/**
 * A batch get could not read every key: retries ran out while DynamoDB kept returning keys
 * unprocessed, or a request was refused. {@link #result()} has what was read; its
 * {@code unread(model)} lists the keys that were not.
 *
 * <pre>{@code
 * try {
 *     result = dynamo.batchGet().getAll(movies, keys).execute();
 * } catch (BatchGetException e) {
 *     List<Map<String, AttributeValue>> later = e.result().unread(movies);
 * }
 * }</pre>
 */
public class BatchGetException extends DynamodelException {
    private final transient BatchGetResult result;
    private final int unreadCount;

    public BatchGetException(BatchGetResult result, int unreadCount, String reason, Throwable cause) {
        super(unreadCount + " of the batch get's distinct keys could not be read: " + reason, cause);
        this.result = result;
        this.unreadCount = unreadCount;
    }

    /** What was read, with the unread keys marked. */
    public BatchGetResult result() {
        return result;
    }

    /** How many distinct keys were not read. */
    public int unreadCount() {
        return unreadCount;
    }
}
