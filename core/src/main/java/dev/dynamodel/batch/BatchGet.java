package dev.dynamodel.batch;

import dev.dynamodel.Dynamo;
import dev.dynamodel.Model;
import dev.dynamodel.RetryPolicy;
import dev.dynamodel.batch.BatchGetResult.Requested;
import dev.dynamodel.batch.GetChunk.GetOp;
import dev.dynamodel.internal.Futures;
import dev.dynamodel.internal.TableKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Reads items by key, any number of them, across models, in as many BatchGetItem requests as it
 * takes: at most 100 keys each, a key given twice is read once, and keys DynamoDB leaves
 * unprocessed (past 16 MB of items, or under throttling) are asked again under the runtime's
 * {@link RetryPolicy}. The result gives the entities typed and in the order of the keys.
 *
 * <pre>{@code
 * BatchGetResult result = dynamo.batchGet()
 *         .get(movies, MovieSchema.INSTANCE.key(2013, "Rush"))
 *         .getAll(books, bookKeys)
 *         .execute();
 * Optional<Movie> rush = result.get(movies).get(0);
 * }</pre>
 */
public final class BatchGet {
    private static final int DEFAULT_CONCURRENCY = 4;

    private final Dynamo dynamo;
    private RetryPolicy retryPolicy;
    private final List<Requested> requested = new ArrayList<>();
    private boolean consistentRead;
    private int concurrency = DEFAULT_CONCURRENCY;
    private ReturnConsumedCapacity capacityMode;

    private BatchGet(Dynamo dynamo) {
        this.dynamo = dynamo;
        this.retryPolicy = dynamo.retryPolicy();
    }

    /** An empty batch get through the runtime's client, with its retry policy. */
    public static BatchGet of(Dynamo dynamo) {
        return new BatchGet(Objects.requireNonNull(dynamo, "dynamo"));
    }

    /**
     * Asks for the item with this key, built by the generated schema's {@code key(...)}.
     *
     * @throws IllegalArgumentException if the key does not have exactly the table's key attributes
     */
    public <T> BatchGet get(Model<T> model, Map<String, AttributeValue> key) {
        requested.add(new Requested(model, TableKey.checked(model.tableName(), model.schema(), key)));
        return this;
    }

    /** Asks for the items with these keys, in order. */
    public <T> BatchGet getAll(Model<T> model, Collection<Map<String, AttributeValue>> keys) {
        keys.forEach(key -> get(model, key));
        return this;
    }

    /** Strongly consistent reads (twice the read capacity) instead of eventually consistent ones. */
    public BatchGet consistentRead() {
        this.consistentRead = true;
        return this;
    }

    /** How many requests may be in flight at once (4 by default). */
    public BatchGet concurrency(int requests) {
        if (requests < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, not " + requests);
        }
        this.concurrency = requests;
        return this;
    }

    /**
     * Asks DynamoDB to report the capacity each request consumes ({@code TOTAL}, {@code INDEXES}, or
     * {@code NONE} whatever the runtime's setting); {@link BatchGetResult#consumedCapacity()} sums it.
     */
    public BatchGet returnConsumedCapacity(ReturnConsumedCapacity mode) {
        this.capacityMode = Objects.requireNonNull(mode, "mode");
        return this;
    }

    /** Another retry policy for this call than the runtime's. */
    public BatchGet retryPolicy(RetryPolicy policy) {
        this.retryPolicy = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /** The requests {@link #execute()} would send first, without sending them. */
    public List<BatchGetItemRequest> requests() {
        return Chunks.of(distinct(), Chunks.GET_LIMIT).stream().map(c -> GetChunk.request(c, consistentRead, capacityMode)).toList();
    }

    /**
     * Reads every key.
     *
     * @throws BatchGetException if some keys could not be read; it carries what was
     */
    public BatchGetResult execute() {
        return Futures.join(run(Sending.blocking(dynamo)));
    }

    /**
     * As {@link #execute()}, without blocking: through the runtime's {@code DynamoDbAsyncClient},
     * with the same chunks, retries (scheduled, not slept) and expiry hiding. The future fails with
     * {@link BatchGetException} itself, never wrapped; this method never throws.
     */
    public CompletableFuture<BatchGetResult> executeAsync() {
        return Futures.unwrapped(() -> run(Sending.async(dynamo)));
    }

    /** The one plan of both faces: only {@code sending} differs. */
    private CompletableFuture<BatchGetResult> run(Sending sending) {
        List<GetOp> ops = distinct();
        List<Requested> asked = List.copyOf(requested);
        Map<TableKey, Map<String, AttributeValue>> found = new HashMap<>();
        BatchStats stats = new BatchStats(ops.size(), null);
        GetChunk chunkSender = new GetChunk(sending.sender(), consistentRead, capacityMode, found, stats);
        RetryPolicy policy = retryPolicy;
        return sending.run(Chunks.of(ops, Chunks.GET_LIMIT), concurrency,
                chunk -> RetryLoop.run(chunk, policy, stats, chunkSender::send, sending.pause()),
                chunk -> new RetryLoop.Outcome<>(chunk, 0, new BatchInterruptedException()))
                .thenApply(outcomes -> result(asked, outcomes, found, stats, policy));
    }

    private static BatchGetResult result(List<Requested> asked, List<RetryLoop.Outcome<GetOp>> outcomes,
                                         Map<TableKey, Map<String, AttributeValue>> found, BatchStats stats,
                                         RetryPolicy policy) {
        Set<TableKey> unread = new HashSet<>();
        RuntimeException failure = null;
        for (RetryLoop.Outcome<GetOp> outcome : outcomes) {
            outcome.left().forEach(op -> unread.add(op.key()));
            if (failure == null && outcome.failure() != null) {
                failure = outcome.failure();
            }
        }
        BatchGetResult result;
        synchronized (found) {
            result = new BatchGetResult(asked, found, unread, stats.snapshot().requests(), stats.consumedCapacity());
        }
        if (!unread.isEmpty()) {
            String reason = failure != null ? failure.getMessage()
                    : "still unprocessed after " + policy.maxAttempts() + " attempts";
            throw new BatchGetException(result, unread.size(), reason, failure);
        }
        return result;
    }

    private List<GetOp> distinct() {
        Map<TableKey, GetOp> distinct = new LinkedHashMap<>();
        for (Requested r : requested) {
            distinct.putIfAbsent(r.key(), new GetOp(r.model(), r.key()));
        }
        return new ArrayList<>(distinct.values());
    }
}
