package dev.dynamodel.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A {@link DynamoDbClient} for tests that makes batch calls misbehave the way DynamoDB does under
 * load: a share of BatchWriteItem and BatchGetItem calls is refused with a throttling error
 * (nothing of it is done), and a share comes back with part of its items or keys unprocessed (the
 * rest is done). Everything else passes through to the real client unchanged. Seeded, so a run
 * with one thread repeats exactly.
 *
 * <pre>{@code
 * FaultInjectingClient faulty = FaultInjectingClient.builder(dynamo.client())
 *         .unprocessedShare(0.3).throttleShare(0.1).seed(42).build();
 * Dynamo flaky = Dynamo.builder(faulty).tablePrefix(dynamo.tablePrefix()).build();
 * flaky.batchWrite().putAll(movies, allMovies).execute();   // retried until all are written
 * }</pre>
 *
 * <p>Closing it does not close the real client, which belongs to the caller.
 */
public final class FaultInjectingClient extends PassThroughClient {
    private final double unprocessedShare;
    private final double throttleShare;
    private final double heldBackShare;
    private final Random random;
    private final AtomicLong batchCalls = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong partial = new AtomicLong();
    private final AtomicLong heldBack = new AtomicLong();

    private FaultInjectingClient(Builder builder) {
        super(builder.delegate);
        this.unprocessedShare = builder.unprocessedShare;
        this.throttleShare = builder.throttleShare;
        this.heldBackShare = builder.heldBackShare;
        this.random = new Random(builder.seed);
    }

    /** Faults over a real client; none until shares are set. */
    public static Builder builder(DynamoDbClient delegate) {
        return new Builder(delegate);
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        Fate fate = fate();
        if (fate == Fate.PASS) {
            return delegate().batchWriteItem(request);
        }
        Map<String, List<WriteRequest>> forward = new LinkedHashMap<>();
        Map<String, List<WriteRequest>> held = new LinkedHashMap<>();
        request.requestItems().forEach((table, writes) -> split(writes, table, forward, held));
        Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>(held);
        if (!forward.isEmpty()) {
            BatchWriteItemResponse response = delegate().batchWriteItem(request.toBuilder().requestItems(forward).build());
            if (response.hasUnprocessedItems()) {
                response.unprocessedItems().forEach((table, writes) ->
                        unprocessed.computeIfAbsent(table, t -> new ArrayList<>()).addAll(writes));
            }
        }
        return BatchWriteItemResponse.builder().unprocessedItems(unprocessed).build();
    }

    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        Fate fate = fate();
        if (fate == Fate.PASS) {
            return delegate().batchGetItem(request);
        }
        Map<String, KeysAndAttributes> forward = new LinkedHashMap<>();
        Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>();
        request.requestItems().forEach((table, keys) -> {
            Map<String, List<Map<String, AttributeValue>>> sent = new LinkedHashMap<>();
            Map<String, List<Map<String, AttributeValue>>> held = new LinkedHashMap<>();
            split(keys.keys(), table, sent, held);
            if (sent.containsKey(table)) {
                forward.put(table, keys.toBuilder().keys(sent.get(table)).build());
            }
            if (held.containsKey(table)) {
                unprocessed.put(table, keys.toBuilder().keys(held.get(table)).build());
            }
        });
        Map<String, List<Map<String, AttributeValue>>> responses = new LinkedHashMap<>();
        if (!forward.isEmpty()) {
            BatchGetItemResponse response = delegate().batchGetItem(request.toBuilder().requestItems(forward).build());
            if (response.hasResponses()) {
                responses.putAll(response.responses());
            }
            if (response.hasUnprocessedKeys()) {
                response.unprocessedKeys().forEach((table, keys) -> unprocessed.merge(table, keys, (a, b) ->
                        a.toBuilder().keys(concat(a.keys(), b.keys())).build()));
            }
        }
        return BatchGetItemResponse.builder().responses(responses).unprocessedKeys(unprocessed).build();
    }

    /** BatchWriteItem and BatchGetItem calls received. */
    public long batchCalls() {
        return batchCalls.get();
    }

    /** Batch calls refused with a throttling error. */
    public long throttledCalls() {
        return throttled.get();
    }

    /** Batch calls that returned some of their items or keys unprocessed on purpose. */
    public long partialCalls() {
        return partial.get();
    }

    /** Items and keys returned unprocessed on purpose, over all calls. */
    public long heldBackItems() {
        return heldBack.get();
    }

    private enum Fate { PASS, PARTIAL }

    private Fate fate() {
        batchCalls.incrementAndGet();
        double draw;
        int kind;
        synchronized (random) {
            draw = random.nextDouble();
            kind = random.nextInt(3);
        }
        if (draw < throttleShare) {
            throttled.incrementAndGet();
            throw throttling(kind);
        }
        if (draw < throttleShare + unprocessedShare) {
            partial.incrementAndGet();
            return Fate.PARTIAL;
        }
        return Fate.PASS;
    }

    /** Holds back each element with {@code heldBackShare}, but at least one. */
    private <E> void split(List<E> elements, String table, Map<String, List<E>> forward, Map<String, List<E>> held) {
        List<E> keep = new ArrayList<>();
        List<E> back = new ArrayList<>();
        synchronized (random) {
            for (E element : elements) {
                (random.nextDouble() < heldBackShare ? back : keep).add(element);
            }
            if (back.isEmpty() && !keep.isEmpty()) {
                back.add(keep.remove(random.nextInt(keep.size())));
            }
        }
        heldBack.addAndGet(back.size());
        if (!keep.isEmpty()) {
            forward.put(table, keep);
        }
        if (!back.isEmpty()) {
            held.put(table, back);
        }
    }

    // The three ways DynamoDB says "too fast", each with the code the real service sends.
    private static AwsServiceException throttling(int kind) {
        return switch (kind) {
            case 0 -> ProvisionedThroughputExceededException.builder().statusCode(400)
                    .awsErrorDetails(details("ProvisionedThroughputExceededException"))
                    .message("Injected: provisioned throughput exceeded").build();
            case 1 -> ThrottlingException.builder().statusCode(400).awsErrorDetails(details("ThrottlingException"))
                    .message("Injected: rate of requests exceeds the allowed throughput").build();
            default -> RequestLimitExceededException.builder().statusCode(400)
                    .awsErrorDetails(details("RequestLimitExceeded"))
                    .message("Injected: throughput exceeds the current throughput limit for your account").build();
        };
    }

    private static AwsErrorDetails details(String code) {
        return AwsErrorDetails.builder().errorCode(code).serviceName("DynamoDb").build();
    }

    private static <E> List<E> concat(List<E> a, List<E> b) {
        List<E> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Builds a {@link FaultInjectingClient}. */
    public static final class Builder {
        private final DynamoDbClient delegate;
        private double unprocessedShare;
        private double throttleShare;
        private double heldBackShare = 0.5;
        private long seed = 1;

        private Builder(DynamoDbClient delegate) {
            this.delegate = Objects.requireNonNull(delegate, "delegate");
        }

        /** The share of batch calls, 0 to 1, that come back with part of their items unprocessed. */
        public Builder unprocessedShare(double share) {
            this.unprocessedShare = share(share, "unprocessedShare");
            return this;
        }

        /** The share of batch calls, 0 to 1, refused with a throttling error. */
        public Builder throttleShare(double share) {
            this.throttleShare = share(share, "throttleShare");
            return this;
        }

        /** In a call chosen to be partial, the chance of each item to be held back (0.5 by default; at least one is). */
        public Builder heldBackShare(double share) {
            this.heldBackShare = share(share, "heldBackShare");
            return this;
        }

        /** The seed of the random choices (1 by default). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public FaultInjectingClient build() {
            if (unprocessedShare + throttleShare > 1.0) {
                throw new IllegalArgumentException("unprocessedShare + throttleShare must not exceed 1, got "
                        + (unprocessedShare + throttleShare));
            }
            return new FaultInjectingClient(this);
        }

        private static double share(double share, String name) {
            if (!(share >= 0.0 && share <= 1.0)) {
                throw new IllegalArgumentException(name + " must be between 0 and 1, not " + share);
            }
            return share;
        }
    }
}
