package dev.dynamodel.observe;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * What a {@link RequestListener} hears of one request: which operation on which table, the how-manieth
 * attempt it was, how long it took and how it ended. Item values are never part of it.
 *
 * <pre>{@code
 * RequestListener slow = e -> {
 *     if (e.latency().toMillis() > 100) {
 *         log.warn("{} on {} attempt {}: {} ms, {}", e.operation(), e.table(), e.attempt(),
 *                 e.latency().toMillis(), e.errorCode().orElse("ok"));
 *     }
 * };
 * }</pre>
 */
public final class RequestEvent {
    private final String operation;
    private final String table;
    private final String index;
    private final int attempt;
    private final Duration latency;
    private final String errorCode;
    private final Throwable failure;
    private final List<ConsumedCapacity> consumedCapacity;

    private RequestEvent(String operation, String table, String index, int attempt, Duration latency,
                         String errorCode, Throwable failure, List<ConsumedCapacity> consumedCapacity) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.table = Objects.requireNonNull(table, "table");
        this.index = index;
        this.attempt = attempt;
        this.latency = Objects.requireNonNull(latency, "latency");
        this.errorCode = errorCode;
        this.failure = failure;
        this.consumedCapacity = List.copyOf(consumedCapacity);
    }

    /** A request that DynamoDB answered. */
    public static RequestEvent succeeded(String operation, String table, String index, int attempt, Duration latency,
                                         List<ConsumedCapacity> consumedCapacity) {
        return new RequestEvent(operation, table, index, attempt, latency, null, null, consumedCapacity);
    }

    /** A request that failed with {@code failure}, whose AWS error code (or exception type) is {@code errorCode}. */
    public static RequestEvent failed(String operation, String table, String index, int attempt, Duration latency,
                                      String errorCode, Throwable failure) {
        return new RequestEvent(operation, table, index, attempt, latency, Objects.requireNonNull(errorCode, "errorCode"),
                Objects.requireNonNull(failure, "failure"), List.of());
    }

    /** The DynamoDB API operation: {@code GetItem}, {@code Query}, {@code BatchWriteItem}, {@code CreateTable}, ... */
    public String operation() {
        return operation;
    }

    /** The physical table name; for a batch or transaction across tables, their names joined by commas. */
    public String table() {
        return table;
    }

    /** The secondary index a query or scan read; empty for the table itself and for other operations. */
    public Optional<String> index() {
        return Optional.ofNullable(index);
    }

    /**
     * 1 for the first request of a piece of work, 2 and on for the library's retries of it (a batch
     * chunk re-sending what was unprocessed or throttled). The SDK's own retries inside one request
     * are not counted here: they are part of its latency.
     */
    public int attempt() {
        return attempt;
    }

    /** From handing the request to the SDK client to its answer or failure. */
    public Duration latency() {
        return latency;
    }

    /** Whether DynamoDB answered the request. */
    public boolean succeeded() {
        return failure == null;
    }

    /**
     * For a failed request, the AWS error code ({@code ConditionalCheckFailedException},
     * {@code ProvisionedThroughputExceededException}, ...) or, for a failure without one (no
     * connection, a timeout), the simple name of the SDK exception's class.
     */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** For a failed request, the exception the operation fails with (the library's own, caused by the SDK's). */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * The capacity DynamoDB reported for the request: one entry per table (a batch or transaction
     * may touch several), present only when the request asked for it ({@code returnConsumedCapacity})
     * and succeeded; empty otherwise.
     */
    public List<ConsumedCapacity> consumedCapacity() {
        return consumedCapacity;
    }

    /** The request's capacity units, summed over its tables; 0 when none were reported. */
    public double capacityUnits() {
        double sum = 0;
        for (ConsumedCapacity capacity : consumedCapacity) {
            sum += capacity.capacityUnits() == null ? 0 : capacity.capacityUnits();
        }
        return sum;
    }

    @Override
    public String toString() {
        return operation + " " + table + (index == null ? "" : " index " + index) + " attempt " + attempt + " "
                + latency.toNanos() / 1000 + "us " + (errorCode == null ? "ok" : errorCode)
                + (consumedCapacity.isEmpty() ? "" : " " + capacityUnits() + " units");
    }
}
