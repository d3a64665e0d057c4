package dev.dynamodel.examples;

import dev.dynamodel.Dynamo;
import dev.dynamodel.batch.BatchWriteResult;
import dev.dynamodel.observe.RequestEvent;
import dev.dynamodel.observe.RequestListener;
import dev.dynamodel.query.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Seeing what the library sends: a request listener, consumed capacity runtime-wide and per call,
 * and the sums that pages and batch results carry.
 */
public final class ObservabilityExample {
    private static final Logger LOG = LoggerFactory.getLogger(ObservabilityExample.class);

    private ObservabilityExample() {
    }

    /** A listener that logs slow or failed requests, and a capacity total across the application. */
    public static Dynamo wiring(DynamoDbClient client, DoubleAdder unitsUsed) {
        // tag::listener[]
        RequestListener slowOrFailed = event -> {
            if (!event.succeeded() || event.latency().toMillis() > 100) {
                LOG.warn("{} on {} (attempt {}): {} in {} ms", event.operation(), event.table(), event.attempt(),
                        event.errorCode().orElse("ok"), event.latency().toMillis());
            }
        };
        Dynamo dynamo = Dynamo.builder(client)
                .requestListener(slowOrFailed)
                .requestListener(event -> unitsUsed.add(event.capacityUnits()))   // a second listener
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)               // for every request
                .build();
        // end::listener[]
        return dynamo;
    }

    private static Order order(String customer, int n) {
        return new Order(customer, "order-" + n, n % 2 == 0 ? "OPEN" : "SHIPPED",
                Instant.parse("2024-10-01T00:00:00Z").plusSeconds(3600L * n), new BigDecimal(n), List.of("book-" + n),
                Map.of("book-" + n, 1), null, 0, null);
    }

    /** Writes 40 orders in a batch, then reads a page by status; returns the capacity they reported. */
    public static Map<String, Double> capacity(Dynamo dynamo) {
        OrderModel orders = OrderModel.of(dynamo);
        List<Order> many = IntStream.range(0, 40).mapToObj(n -> order("ada", n)).toList();
        // tag::batch-capacity[]
        BatchWriteResult written = dynamo.batchWrite().putAll(orders, many).execute();
        double writeUnits = written.consumedCapacity().stream()       // one entry per table,
                .mapToDouble(ConsumedCapacity::capacityUnits).sum();  // summed over chunks and retries
        // end::batch-capacity[]
        // tag::page-capacity[]
        Page<Order> open = orders.query(OrderSchema.STATUS.eq("OPEN"))
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)   // this call: table and each index
                .limit(10)
                .page();
        ConsumedCapacity read = open.consumedCapacity().get(0);         // the table "Orders"
        double indexUnits = read.globalSecondaryIndexes().get("byStatus").capacityUnits();
        // end::page-capacity[]
        return Map.of("batchWrite", writeUnits, "page", read.capacityUnits(), "pageIndex", indexUnits);
    }

    /** The events of one save, for the test: each carries what a metrics system records. */
    static List<RequestEvent> heardOfOneSave(DynamoDbClient client) {
        List<RequestEvent> heard = new CopyOnWriteArrayList<>();
        OrderModel orders = OrderModel.of(Dynamo.builder(client).requestListener(heard::add).build());
        orders.save(order("bob", 1));
        return heard;
    }
}
