package dev.dynamodel.batch;

import dev.dynamodel.Model;
import dev.dynamodel.exception.DynamodelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A batch write finished with some operations not confirmed by DynamoDB: retries ran out, or a
 * request was refused. Every other operation was written. {@link #unwritten()} lists exactly the
 * ones that were not; sending them again is safe.
 *
 * <pre>{@code
 * try {
 *     dynamo.batchWrite().putAll(movies, allMovies).execute();
 * } catch (BatchWriteException e) {
 *     List<Movie> retryLater = e.unwrittenEntities(movies);
 * }
 * }</pre>
 *
 * <p>A request that fails on the network may have been applied without the answer arriving; its
 * items are listed too, since they are not confirmed.
 */
public class BatchWriteException extends DynamodelException {
    private static final int LISTED_IN_MESSAGE = 5;

    private final transient List<UnwrittenItem> unwritten;
    private final transient BatchWriteResult result;

    public BatchWriteException(List<UnwrittenItem> unwritten, BatchWriteResult result) {
        super(message(unwritten, result), firstCause(unwritten));
        this.unwritten = List.copyOf(unwritten);
        this.result = result;
    }

    /** Every operation not written, in call order. */
    public List<UnwrittenItem> unwritten() {
        return unwritten;
    }

    /** The counts of the whole call; {@code written()} of them were written. */
    public BatchWriteResult result() {
        return result;
    }

    /** The entities of the model's puts (and deletes given an entity) that were not written. */
    @SuppressWarnings("unchecked")
    public <T> List<T> unwrittenEntities(Model<T> model) {
        List<T> entities = new ArrayList<>();
        for (UnwrittenItem item : unwritten) {
            if (item.table().equals(model.tableName()) && item.entity() != null) {
                entities.add((T) item.entity());
            }
        }
        return entities;
    }

    /** The keys of the model's table among the unwritten operations. */
    public List<Map<String, AttributeValue>> unwrittenKeys(Model<?> model) {
        return unwritten.stream().filter(item -> item.table().equals(model.tableName()))
                .map(UnwrittenItem::key).toList();
    }

    private static String message(List<UnwrittenItem> unwritten, BatchWriteResult result) {
        String listed = unwritten.stream().limit(LISTED_IN_MESSAGE).map(UnwrittenItem::toString)
                .collect(Collectors.joining("; "));
        return unwritten.size() + " of " + result.operations() + " batch write operations were not written ("
                + result.written() + " were, in " + result.requests() + " requests): " + listed
                + (unwritten.size() > LISTED_IN_MESSAGE ? "; ..." : "");
    }

    private static Throwable firstCause(List<UnwrittenItem> unwritten) {
        return unwritten.stream().map(UnwrittenItem::cause).filter(c -> c != null).findFirst().orElse(null);
    }
}
