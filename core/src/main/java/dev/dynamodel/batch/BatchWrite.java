package dev.dynamodel.batch;

import dev.dynamodel.Dynamo;
import dev.dynamodel.Model;
import dev.dynamodel.RetryPolicy;
import dev.dynamodel.internal.Futures;
import dev.dynamodel.internal.ItemChecks.Step;
import dev.dynamodel.internal.ItemChecks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Puts and deletes, mixed, across models, in as many BatchWriteItem requests as it takes. Before
 * anything is sent every operation is checked (keys, values, {@code @Version}) and two operations
 * on the same item are refused; one bad item stops the call with nothing written
 * ({@link dev.dynamodel.exception.InvalidItemsException}). Then the operations go out in requests of at most
 * 25, several at a time; what DynamoDB leaves unprocessed, and requests it throttles, are retried
 * under the runtime's {@link RetryPolicy}. If some operations still are not written, a
 * {@link BatchWriteException} lists exactly those; everything else is written.
 * {@link #executeAsync()} does the same without blocking.
 *
 * <pre>{@code
 * BatchWriteResult result = dynamo.batchWrite()
 *         .putAll(movies, newMovies)
 *         .deleteKey(movies, MovieSchema.INSTANCE.key(1999, "Old"))
 *         .put(books, book)
 *         .concurrency(8)
 *         .onProgress(p -> log.info("{}/{}", p.done(), p.total()))
 *         .execute();
 * }</pre>
 *
 * <p>BatchWriteItem has no conditions: a put replaces the item whatever its version (a versioned
 * entity is stored with its next version, as {@code save} would store it, but without the check).
 * Use a {@link dev.dynamodel.transaction.WriteTransaction} for checked writes. The order in which
 * operations reach DynamoDB is not defined, which is harmless since each item appears once.
 */
public final class BatchWrite {
    private static final int DEFAULT_CONCURRENCY = 4;

    private final Dynamo dynamo;
    private RetryPolicy retryPolicy;
    private final List<Step<WriteOp>> steps = new ArrayList<>();
    private int concurrency = DEFAULT_CONCURRENCY;
    private Consumer<BatchProgress> progress;
    private ReturnConsumedCapacity capacityMode;

    private BatchWrite(Dynamo dynamo) {
        this.dynamo = dynamo;
        this.retryPolicy = dynamo.retryPolicy();
    }

    /** An empty batch sent through the runtime's client, with its retry policy. */
    public static BatchWrite of(Dynamo dynamo) {
        return new BatchWrite(Objects.requireNonNull(dynamo, "dynamo"));
    }

    /** Puts an entity, replacing any item with its key. */
    public <T> BatchWrite put(Model<T> model, T entity) {
        steps.add(new Step<>("put", model.schema().entityName(), index -> WriteOp.put(index, model, entity)));
        return this;
    }

    /** Puts every entity, in order. */
    public <T> BatchWrite putAll(Model<T> model, Collection<? extends T> entities) {
        entities.forEach(entity -> put(model, entity));
        return this;
    }

    /** Deletes the item with the entity's key; a missing item is not an error. */
    public <T> BatchWrite delete(Model<T> model, T entity) {
        steps.add(new Step<>("delete", model.schema().entityName(), index -> WriteOp.delete(index, model, entity)));
        return this;
    }

    /** Deletes the items with the entities' keys. */
    public <T> BatchWrite deleteAll(Model<T> model, Collection<? extends T> entities) {
        entities.forEach(entity -> delete(model, entity));
        return this;
    }

    /** Deletes the item with this key, built by the generated schema's {@code key(...)}. */
    public <T> BatchWrite deleteKey(Model<T> model, Map<String, AttributeValue> key) {
        steps.add(new Step<>("delete", model.schema().entityName(), index -> WriteOp.deleteKey(index, model, key)));
        return this;
    }

    /** Deletes the items with these keys. */
    public <T> BatchWrite deleteKeys(Model<T> model, Collection<Map<String, AttributeValue>> keys) {
        keys.forEach(key -> deleteKey(model, key));
        return this;
    }

    /** How many requests may be in flight at once (4 by default; 1 sends them one after another). */
    public BatchWrite concurrency(int requests) {
        if (requests < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, not " + requests);
        }
        this.concurrency = requests;
        return this;
    }

    /** Another retry policy for this call than the runtime's. */
    public BatchWrite retryPolicy(RetryPolicy policy) {
        this.retryPolicy = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * Called after every request with the counts so far, one call at a time, from the threads
     * that send the requests ({@link #executeAsync()}: that complete them). It should return
     * quickly; if it throws, it is not called again.
     */
    public BatchWrite onProgress(Consumer<BatchProgress> listener) {
        this.progress = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Asks DynamoDB to report the capacity each request consumes ({@code TOTAL}, {@code INDEXES}, or
     * {@code NONE} whatever the runtime's setting); {@link BatchWriteResult#consumedCapacity()} sums it.
     */
    public BatchWrite returnConsumedCapacity(ReturnConsumedCapacity mode) {
        this.capacityMode = Objects.requireNonNull(mode, "mode");
        return this;
    }

    /** The operations added so far. */
    public int size() {
        return steps.size();
    }

    /**
     * The requests {@link #execute()} would send first, without sending them (retries come on top).
     *
     * @throws dev.dynamodel.exception.InvalidItemsException as {@code execute} would
     */
    public List<BatchWriteItemRequest> requests() {
        return Chunks.of(prepare(), Chunks.WRITE_LIMIT).stream().map(ops -> WriteChunk.request(ops, capacityMode)).toList();
    }

    /**
     * Checks every operation, then writes them all.
     *
     * @throws dev.dynamodel.exception.InvalidItemsException if any operation cannot be written; nothing is sent
     * @throws BatchWriteException if some operations were not written; the others were
     */
    public BatchWriteResult execute() {
        return Futures.join(run(Sending.blocking(dynamo)));
    }

    /**
     * As {@link #execute()}, without blocking: through the runtime's {@code DynamoDbAsyncClient}, with
     * the same checks, chunks, concurrency, retries and progress calls; retries wait on the runtime's
     * retry scheduler, not on a thread. The future fails with {@link dev.dynamodel.exception.InvalidItemsException}
     * (nothing sent) or {@link BatchWriteException} (the same exact list), never wrapped; this method
     * never throws. Progress calls come from the threads that complete the client's futures.
     */
    public CompletableFuture<BatchWriteResult> executeAsync() {
        return Futures.unwrapped(() -> run(Sending.async(dynamo)));
    }

    /** The one plan of both faces: only {@code sending} differs. */
    private CompletableFuture<BatchWriteResult> run(Sending sending) {
        List<WriteOp> ops = prepare();
        BatchStats stats = new BatchStats(ops.size(), progress);
        long start = System.nanoTime();
        RetryPolicy policy = retryPolicy;
        return sending.run(Chunks.of(ops, Chunks.WRITE_LIMIT), concurrency,
                chunk -> RetryLoop.run(chunk, policy, stats, (pending, number) -> WriteChunk.send(sending.sender(), pending, number, capacityMode, stats),
                        sending.pause()),
                chunk -> new RetryLoop.Outcome<>(chunk, 0, new BatchInterruptedException()))
                .thenApply(outcomes -> result(ops.size(), outcomes, stats, start));
    }

    private static BatchWriteResult result(int total, List<RetryLoop.Outcome<WriteOp>> outcomes, BatchStats stats,
                                           long start) {
        List<UnwrittenItem> unwritten = new ArrayList<>();
        for (RetryLoop.Outcome<WriteOp> outcome : outcomes) {
            String reason = reason(outcome);
            outcome.left().forEach(op -> unwritten.add(op.unwritten(reason, outcome.failure())));
        }
        if (!unwritten.isEmpty()) {
            stats.failed(unwritten.size());
        }
        BatchProgress done = stats.snapshot();
        BatchWriteResult result = new BatchWriteResult(total, done.written(), done.requests(), done.retries(),
                stats.throttledCount(), Duration.ofNanos(System.nanoTime() - start), stats.consumedCapacity());
        if (!unwritten.isEmpty()) {
            unwritten.sort((a, b) -> Integer.compare(a.index(), b.index()));
            throw new BatchWriteException(unwritten, result);
        }
        return result;
    }

    private List<WriteOp> prepare() {
        return ItemChecks.prepareAll("BatchWriteItem", steps, WriteOp::key);
    }

    private static String reason(RetryLoop.Outcome<?> outcome) {
        RuntimeException failure = outcome.failure();
        if (failure == null) {
            return "still unprocessed after " + outcome.attempts() + (outcome.attempts() == 1 ? " attempt" : " attempts");
        }
        if (failure instanceof BatchInterruptedException) {
            return outcome.attempts() == 0 ? "not sent: interrupted" : "interrupted while waiting to retry";
        }
        String kind = failure instanceof dev.dynamodel.exception.DynamoRequestException request && Throttling.is(request)
                ? "throttled" : "refused";
        return kind + " on attempt " + outcome.attempts() + ": " + failure.getMessage();
    }
}
