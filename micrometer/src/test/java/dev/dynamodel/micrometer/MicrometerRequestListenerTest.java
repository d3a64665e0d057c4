package dev.dynamodel.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.batch.BatchWriteResult;
import dev.dynamodel.exception.ItemAlreadyExistsException;
import dev.dynamodel.local.DynamoLocal;
import dev.dynamodel.observe.RequestEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/** The Micrometer binding against DynamoDB Local, read back from a {@link SimpleMeterRegistry}. */
class MicrometerRequestListenerTest {
    private SimpleMeterRegistry registry;
    private final List<RequestEvent> events = new CopyOnWriteArrayList<>();
    private Dynamo local;
    private Dynamo dynamo;
    private ReadingModel readings;
    private String table;

    @BeforeEach
    void start() {
        registry = new SimpleMeterRegistry();
        local = DynamoLocal.embedded();
        // A second listener, the test's own record of what was reported, to hold the meters against.
        dynamo = metered(local.client(), registry).requestListener(events::add).build();
        readings = ReadingModel.of(dynamo);
        readings.createTable();
        table = readings.tableName();
        events.clear();
    }

    private static Dynamo.Builder metered(DynamoDbClient client, MeterRegistry registry) {
        // tag::micrometer[]
        Dynamo.Builder builder = Dynamo.builder(client)
                .requestListener(MicrometerRequestListener.of(registry))   // your application's registry
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);     // for the capacity counters
        // end::micrometer[]
        return builder;
    }

    @AfterEach
    void stop() {
        local.close();
    }

    private Timer timer(String operation, String outcome) {
        return registry.find(MicrometerRequestListener.REQUESTS)
                .tags("operation", operation, "table", table, "outcome", outcome).timer();
    }

    private double capacity(String operation) {
        Counter counter = registry.find(MicrometerRequestListener.CAPACITY)
                .tags("operation", operation, "table", table).counter();
        return counter == null ? 0 : counter.count();
    }

    private double reported(String operation) {
        return events.stream().filter(e -> e.operation().equals(operation))
                .flatMap(e -> e.consumedCapacity().stream()).mapToDouble(ConsumedCapacity::capacityUnits).sum();
    }

    @Test
    void eachRequest_isTimedByOperationTableAndOutcome_andItsCapacityCounted() {
        Reading first = new Reading("m1", 1, 20.5);
        readings.save(first);
        readings.save(new Reading("m1", 2, 21.0));
        readings.get("m1", 1);
        assertThrows(ItemAlreadyExistsException.class, () -> readings.create(first));

        assertEquals(2, timer("PutItem", "success").count());
        assertEquals(1, timer("GetItem", "success").count());
        assertEquals(1, timer("PutItem", "ConditionalCheckFailedException").count());
        Duration heard = events.stream().filter(e -> e.operation().equals("PutItem") && e.succeeded())
                .map(RequestEvent::latency).reduce(Duration.ZERO, Duration::plus);
        assertEquals(heard.toNanos(), (long) timer("PutItem", "success").totalTime(TimeUnit.NANOSECONDS));

        assertEquals(2.0, capacity("PutItem"), 1e-9, "one write unit per small item, as DynamoDB Local reported");
        assertEquals(reported("PutItem"), capacity("PutItem"), 1e-9);
        assertEquals(reported("GetItem"), capacity("GetItem"), 1e-9);
        assertTrue(capacity("GetItem") > 0);
        assertNull(registry.find(MicrometerRequestListener.RETRIES).counter(), "no retries, no retry counter");
    }

    @Test
    void queriesAndBatches_countEveryPageAndChunk() {
        List<Reading> many = IntStream.range(0, 60).mapToObj(i -> new Reading("m2", i, i)).toList();
        BatchWriteResult written = dynamo.batchWrite().putAll(readings, many).execute();
        assertEquals(3, timer("BatchWriteItem", "success").count(), "25 + 25 + 10");
        assertEquals(60.0, capacity("BatchWriteItem"), 1e-9);
        assertEquals(written.consumedCapacity().get(0).capacityUnits(), capacity("BatchWriteItem"), 1e-9);

        assertEquals(60, readings.query(ReadingSchema.METER.eq("m2")).pageSize(20).list().size());
        assertEquals(events.stream().filter(e -> e.operation().equals("Query")).count(), timer("Query", "success").count());
        assertTrue(timer("Query", "success").count() >= 3);
        assertEquals(reported("Query"), capacity("Query"), 1e-9);
    }

    @Test
    void tableOperations_areTimedToo() {
        readings.deleteTable();
        assertEquals(1, timer("CreateTable", "success").count());
        assertEquals(1, timer("DeleteTable", "success").count());
        // The events were cleared after createTable; the meters kept its wait. Each wait polls DescribeTable:
        // until the table is active (success), until it is gone (not found).
        assertTrue(timer("DescribeTable", "success").count() >= 1, "the wait until it is active");
        long gonePolls = events.stream().filter(e -> e.operation().equals("DescribeTable")).count();
        assertTrue(gonePolls >= 1, "the wait until it is gone");
        assertEquals(timer("DescribeTable", "success").count() + gonePolls, registry.find(MicrometerRequestListener.REQUESTS)
                .tags("operation", "DescribeTable").timers().stream().mapToLong(Timer::count).sum(),
                "every poll timed, whatever its outcome");
    }
}
