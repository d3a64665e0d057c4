package dev.dynamodel.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
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
 * An SDK {@link ExecutionInterceptor}, for tests, that makes DynamoDB calls misbehave the way
 * DynamoDB does under load: a share of calls, of any operation, is refused with a throttling
 * error (nothing of it is done), and a share of BatchWriteItem and BatchGetItem calls comes back
 * with part of its items or keys unprocessed (the rest is done). Everything else passes through
 * unchanged. Seeded, so a run with one thread repeats exactly.
 *
 * <p>Being an interceptor, it works in any client the SDK builds, synchronous or asynchronous,
 * for every operation. Add it when the client is built; {@link LocalServer#newClient} does that:
 *
 * <pre>{@code
 * FaultInjector faults = FaultInjector.builder().unprocessedShare(0.3).throttleShare(0.1).seed(42).build();
 * Dynamo flaky = Dynamo.of(server.newClient(faults));   // or: overrideConfiguration(o -> o.addExecutionInterceptor(faults))
 * flaky.batchWrite().putAll(movies, allMovies).execute();   // retried until all are written
 * }</pre>
 *
 * <p>The client of {@link DynamoLocal#embedded()} is not built by the SDK and runs no interceptor:
 * inject faults into a client of {@link DynamoLocal#server()}. A refused call is refused before the
 * SDK's own retries, so every refusal reaches the caller.
 */
public final class FaultInjector implements ExecutionInterceptor {
    private static final ExecutionAttribute<Boolean> PARTIAL = new ExecutionAttribute<>("dynamodel.fault.partial");
    private static final ExecutionAttribute<Map<String, List<WriteRequest>>> HELD_WRITES =
            new ExecutionAttribute<>("dynamodel.fault.heldWrites");
    private static final ExecutionAttribute<Map<String, KeysAndAttributes>> HELD_KEYS =
            new ExecutionAttribute<>("dynamodel.fault.heldKeys");

    private final double unprocessedShare;
    private final double throttleShare;
    private final double heldBackShare;
    private final Random random;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong partial = new AtomicLong();
    private final AtomicLong heldBack = new AtomicLong();

    private FaultInjector(Builder builder) {
        this.unprocessedShare = builder.unprocessedShare;
        this.throttleShare = builder.throttleShare;
        this.heldBackShare = builder.heldBackShare;
        this.random = new Random(builder.seed);
    }

    /** A fault injector with no faults until shares are set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Draws the call's fate: refused now, partial (decided in {@link #modifyRequest}), or untouched. */
    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        calls.incrementAndGet();
        boolean batch = context.request() instanceof BatchWriteItemRequest
                || context.request() instanceof BatchGetItemRequest;
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
        if (batch && draw < throttleShare + unprocessedShare) {
            attributes.putAttribute(PARTIAL, true);
        }
    }

    /** Sends only the part of a partial batch that is not held back. */
    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (attributes.getAttribute(PARTIAL) == null) {
            return context.request();
        }
        if (context.request() instanceof BatchWriteItemRequest write) {
            Split<WriteRequest> split = split(write.requestItems());
            if (split.held.isEmpty()) {
                return write;
            }
            attributes.putAttribute(HELD_WRITES, split.held);
            return write.toBuilder().requestItems(split.sent).build();
        }
        BatchGetItemRequest get = (BatchGetItemRequest) context.request();
        Map<String, List<Map<String, AttributeValue>>> keys = new LinkedHashMap<>();
        get.requestItems().forEach((table, keysAndAttributes) -> keys.put(table, keysAndAttributes.keys()));
        Split<Map<String, AttributeValue>> split = split(keys);
        if (split.held.isEmpty()) {
            return get;
        }
        attributes.putAttribute(HELD_KEYS, withKeys(get.requestItems(), split.held));
        return get.toBuilder().requestItems(withKeys(get.requestItems(), split.sent)).build();
    }

    /** Adds what was held back to what DynamoDB itself left unprocessed. */
    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
        Map<String, List<WriteRequest>> heldWrites = attributes.getAttribute(HELD_WRITES);
        if (heldWrites != null && context.response() instanceof BatchWriteItemResponse response) {
            Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>(heldWrites);
            if (response.hasUnprocessedItems()) {
                response.unprocessedItems().forEach((table, writes) -> unprocessed.merge(table, writes, FaultInjector::concat));
            }
            return response.toBuilder().unprocessedItems(unprocessed).build();
        }
        Map<String, KeysAndAttributes> heldKeys = attributes.getAttribute(HELD_KEYS);
        if (heldKeys != null && context.response() instanceof BatchGetItemResponse response) {
            Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>(heldKeys);
            if (response.hasUnprocessedKeys()) {
                response.unprocessedKeys().forEach((table, keys) -> unprocessed.merge(table, keys, (a, b) ->
                        a.toBuilder().keys(concat(a.keys(), b.keys())).build()));
            }
            return response.toBuilder().unprocessedKeys(unprocessed).build();
        }
        return context.response();
    }

    /** Calls seen, of every operation. */
    public long calls() {
        return calls.get();
    }

    /** Calls refused with a throttling error. */
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

    private record Split<E>(Map<String, List<E>> sent, Map<String, List<E>> held) {
    }

    /**
     * Holds back each element with {@code heldBackShare}, but at least one, and sends at least one:
     * an interceptor cannot answer a call without sending it, and DynamoDB refuses an empty batch.
     * A batch of one element is therefore sent whole.
     */
    private <E> Split<E> split(Map<String, List<E>> elements) {
        List<String> tables = new ArrayList<>();
        List<E> all = new ArrayList<>();
        elements.forEach((table, list) -> list.forEach(element -> {
            tables.add(table);
            all.add(element);
        }));
        Map<String, List<E>> sent = new LinkedHashMap<>();
        Map<String, List<E>> held = new LinkedHashMap<>();
        if (all.size() < 2) {
            return new Split<>(elements, held);
        }
        boolean[] back = new boolean[all.size()];
        int heldCount = 0;
        synchronized (random) {
            for (int i = 0; i < back.length; i++) {
                back[i] = random.nextDouble() < heldBackShare;
                heldCount += back[i] ? 1 : 0;
            }
            if (heldCount == 0 || heldCount == back.length) {
                int flip = random.nextInt(back.length);
                back[flip] = heldCount == 0;
                heldCount += heldCount == 0 ? 1 : -1;
            }
        }
        for (int i = 0; i < back.length; i++) {
            (back[i] ? held : sent).computeIfAbsent(tables.get(i), t -> new ArrayList<>()).add(all.get(i));
        }
        partial.incrementAndGet();
        heldBack.addAndGet(heldCount);
        return new Split<>(sent, held);
    }

    private static Map<String, KeysAndAttributes> withKeys(Map<String, KeysAndAttributes> request,
                                                           Map<String, List<Map<String, AttributeValue>>> keys) {
        Map<String, KeysAndAttributes> out = new LinkedHashMap<>();
        keys.forEach((table, list) -> out.put(table, request.get(table).toBuilder().keys(list).build()));
        return out;
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

    /** Builds a {@link FaultInjector}. */
    public static final class Builder {
        private double unprocessedShare;
        private double throttleShare;
        private double heldBackShare = 0.5;
        private long seed = 1;

        private Builder() {
        }

        /** The share of batch calls, 0 to 1, that come back with part of their items unprocessed. */
        public Builder unprocessedShare(double share) {
            this.unprocessedShare = share(share, "unprocessedShare");
            return this;
        }

        /** The share of calls, of any operation, 0 to 1, refused with a throttling error. */
        public Builder throttleShare(double share) {
            this.throttleShare = share(share, "throttleShare");
            return this;
        }

        /**
         * In a batch call chosen to be partial, the chance of each item to be held back (0.5 by
         * default); at least one is held back and at least one is sent, so a call of one item is sent whole.
         */
        public Builder heldBackShare(double share) {
            this.heldBackShare = share(share, "heldBackShare");
            return this;
        }

        /** The seed of the random choices (1 by default). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public FaultInjector build() {
            if (unprocessedShare + throttleShare > 1.0) {
                throw new IllegalArgumentException("unprocessedShare + throttleShare must not exceed 1, got "
                        + (unprocessedShare + throttleShare));
            }
            return new FaultInjector(this);
        }

        private static double share(double share, String name) {
            if (!(share >= 0.0 && share <= 1.0)) {
                throw new IllegalArgumentException(name + " must be between 0 and 1, not " + share);
            }
            return share;
        }
    }
}
