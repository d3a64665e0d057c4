package dev.dynamodel.table;

import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * One step of a {@link TablePlan}: what changes, said in words, and the one request that makes the
 * change. {@code apply()} sends the requests in the plan's order and, after a {@code CreateTable}
 * or {@code UpdateTable}, waits until the table and its indexes are active again.
 *
 * @param kind        what the step changes
 * @param description the change in words, such as {@code add global index byGenre (genre S)}
 * @param request     the SDK request that makes it ({@code CreateTableRequest}, {@code UpdateTableRequest},
 *                    {@code UpdateTimeToLiveRequest}, {@code UpdateContinuousBackupsRequest} or {@code TagResourceRequest})
 */
public record TableChange(Kind kind, String description, DynamoDbRequest request) {
    /** What a step changes. */
    public enum Kind {
        CREATE_TABLE, REMOVE_INDEX, ADD_INDEX, BILLING, THROUGHPUT, INDEX_THROUGHPUT, STREAM, TABLE_CLASS,
        DELETION_PROTECTION, ENCRYPTION, TIME_TO_LIVE, POINT_IN_TIME_RECOVERY, TAGS
    }

    public TableChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(request, "request");
    }

    @Override
    public String toString() {
        return description;
    }
}
