package dev.dynamodel.micrometer;

import dev.dynamodel.observe.RequestEvent;
import dev.dynamodel.observe.RequestListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * Records what Dynamodel sends in a Micrometer {@link MeterRegistry}:
 * <ul>
 *   <li>{@value #REQUESTS}: a timer per operation, table and outcome ({@code success}, or the AWS
 *       error code such as {@code ConditionalCheckFailedException}), one sample per request;</li>
 *   <li>{@value #RETRIES}: a counter per operation and table of the requests that were the
 *       library's retries (a batch chunk re-sent);</li>
 *   <li>{@value #CAPACITY}: a counter per operation and table of the capacity units DynamoDB
 *       reported, when the runtime or the call asks for it ({@code returnConsumedCapacity}).</li>
 * </ul>
 *
 * <pre>{@code
 * Dynamo dynamo = Dynamo.builder(client)
 *         .requestListener(MicrometerRequestListener.of(registry))
 *         .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
 *         .build();
 * }</pre>
 *
 * <p>The {@code table} tag of a batch or transaction across tables is their names joined by commas
 * on the timer, and each table's own name on the capacity counter. Meters are made once per set of
 * tags and kept, so recording a request looks up one map entry.
 */
public final class MicrometerRequestListener implements RequestListener {
    /** The request timer's name. */
    public static final String REQUESTS = "dynamodel.requests";
    /** The retry counter's name. */
    public static final String RETRIES = "dynamodel.requests.retries";
    /** The consumed capacity counter's name. */
    public static final String CAPACITY = "dynamodel.capacity.consumed";
    private static final String SUCCESS = "success";

    private final MeterRegistry registry;
    private final ConcurrentMap<Key, Timer> timers = new ConcurrentHashMap<>();
    private final ConcurrentMap<Key, Counter> retries = new ConcurrentHashMap<>();
    private final ConcurrentMap<Key, Counter> capacity = new ConcurrentHashMap<>();

    private MicrometerRequestListener(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A listener recording into {@code registry}. */
    public static MicrometerRequestListener of(MeterRegistry registry) {
        return new MicrometerRequestListener(Objects.requireNonNull(registry, "registry"));
    }

    @Override
    public void onRequest(RequestEvent event) {
        String outcome = event.errorCode().orElse(SUCCESS);
        timers.computeIfAbsent(new Key(event.operation(), event.table(), outcome), key -> Timer.builder(REQUESTS)
                        .description("Requests Dynamodel sent to DynamoDB, retries included")
                        .tags("operation", key.operation(), "table", key.table(), "outcome", key.outcome())
                        .register(registry))
                .record(event.latency());
        if (event.attempt() > 1) {
            retries.computeIfAbsent(new Key(event.operation(), event.table(), null), key -> Counter.builder(RETRIES)
                            .description("Requests that re-sent what an earlier one left unprocessed or was throttled on")
                            .tags("operation", key.operation(), "table", key.table())
                            .register(registry))
                    .increment();
        }
        for (ConsumedCapacity reported : event.consumedCapacity()) {
            if (reported.capacityUnits() == null) {
                continue;
            }
            capacity.computeIfAbsent(new Key(event.operation(), reported.tableName(), null), key -> Counter.builder(CAPACITY)
                            .description("Capacity units DynamoDB reported as consumed")
                            .baseUnit("capacity-units")
                            .tags("operation", key.operation(), "table", key.table())
                            .register(registry))
                    .increment(reported.capacityUnits());
        }
    }

    /** A meter's tags; {@code outcome} is null for the counters, which have none. */
    private record Key(String operation, String table, String outcome) {
    }
}
