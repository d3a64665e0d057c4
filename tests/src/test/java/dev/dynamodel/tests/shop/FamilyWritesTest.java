package dev.dynamodel.tests.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.batch.BatchGetResult;
import dev.dynamodel.batch.BatchGet;
import dev.dynamodel.batch.BatchWrite;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.tests.support.Face;
import dev.dynamodel.transaction.TransactionCancelledException;
import dev.dynamodel.transaction.WriteTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Writes across a family's types: batches, transactions, and updates that keep composed keys true. */
@ExtendWith(DynamoLocalExtension.class)
class FamilyWritesTest {
    private static final Instant PLACED = Instant.parse("2024-06-01T10:00:00Z");

    private static Dynamo fresh(Face face, Dynamo dynamo, String name) {
        Dynamo runtime = Dynamo.builder(dynamo.client()).asyncClient(dynamo.asyncClient())
                .tablePrefix(face.runtime(dynamo).tablePrefix() + name + "_").build();
        ShopItemModel.of(runtime).createTable();
        return runtime;
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void batchWriteAndGet_mixTheFamilysTypes(Face face, Dynamo dynamo) {
        Dynamo runtime = fresh(face, dynamo, "batch");
        CustomerModel customers = CustomerModel.of(runtime);
        OrderModel orders = OrderModel.of(runtime);
        OrderLineModel lines = OrderLineModel.of(runtime);
        Order order = new Order("dan", PLACED, "o9", Order.Status.PLACED, 100);
        face.execute(BatchWrite.of(runtime).put(customers, new Customer("dan", "Dan", "dan@example.com"))
                .put(orders, order).put(lines, new OrderLine("o9", 1, "sku", 1)));
        BatchGetResult result = face.execute(BatchGet.of(runtime).get(customers, CustomerSchema.INSTANCE.key("dan"))
                .get(orders, OrderSchema.INSTANCE.key("dan", PLACED, "o9")).get(lines, OrderLineSchema.INSTANCE.key("o9", 1)));
        assertEquals(List.of(order), result.found(orders));
        assertEquals("Dan", result.found(customers).get(0).name());
        assertEquals(1, result.found(lines).size());
        assertEquals(List.of("Customer", "Order"), ShopItemModel.of(runtime).collection(CustomerSchema.partitionKey("dan"))
                .list().stream().map(i -> i.getClass().getSimpleName()).sorted().toList());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void transactionAcrossTypes_reportsPerItemReasons(Face face, Dynamo dynamo) {
        Dynamo runtime = fresh(face, dynamo, "tx");
        CustomerModel customers = CustomerModel.of(runtime);
        OrderModel orders = OrderModel.of(runtime);
        customers.create(new Customer("eve", "Eve", "eve@example.com"));
        WriteTransaction tx = WriteTransaction.of(runtime)
                .create(orders, new Order("eve", PLACED, "o7", Order.Status.PLACED, 500))
                .create(customers, new Customer("eve", "Eve again", "eve@example.com"));
        TransactionCancelledException failure = assertThrows(TransactionCancelledException.class, () -> face.execute(tx));
        assertEquals(2, failure.reasons().size());
        assertFalse(failure.reasons().get(0).failed());
        assertTrue(failure.reasons().get(1).conditionFailed());
        assertEquals("Eve", failure.reasons().get(1).current(CustomerSchema.INSTANCE).orElseThrow().name());
        assertTrue(orders.get("eve", PLACED, "o7").isEmpty(), "nothing of the transaction is written");

        face.execute(WriteTransaction.of(runtime).create(orders, new Order("eve", PLACED, "o7", Order.Status.PLACED, 500))
                .create(OrderLineModel.of(runtime), new OrderLine("o7", 1, "sku", 3)));
        assertEquals(2, ShopItemModel.of(runtime).collection(OrderSchema.gsi1PartitionKey("o7")).list().size());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void updateOfAnIndexTemplateField_recomposesTheIndexKey(Face face, Dynamo dynamo) {
        Dynamo runtime = fresh(face, dynamo, "update");
        OrderModel orders = OrderModel.of(runtime);
        orders.create(new Order("fay", PLACED, "o8", Order.Status.PLACED, 500));
        Order shipped = face.call(() -> orders.update("fay", PLACED, "o8", u -> u.set(OrderSchema.STATUS, Order.Status.SHIPPED)),
                () -> orders.async().update("fay", PLACED, "o8", u -> u.set(OrderSchema.STATUS, Order.Status.SHIPPED)));
        assertEquals(Order.Status.SHIPPED, shipped.status());
        assertEquals(List.of("o8"), orders.query(OrderSchema.STATUS.eq(Order.Status.SHIPPED)).list().stream()
                .map(Order::orderId).toList());
        assertTrue(orders.query(OrderSchema.STATUS.eq(Order.Status.PLACED)).list().isEmpty());

        orders.update("fay", PLACED, "o8", u -> u.remove(OrderSchema.STATUS));
        Map<String, AttributeValue> item = runtime.client().getItem(b -> b.tableName(orders.tableName())
                .key(OrderSchema.INSTANCE.key("fay", PLACED, "o8"))).item();
        assertFalse(item.containsKey("gsi2pk"), "removing the field takes the item out of the sparse index");
        assertEquals("ORDER", item.get("_type").s());
    }

    @Test
    void updateOfATableKeyField_orAnUpsert_isRefusedBeforeSending(Dynamo dynamo) {
        Dynamo runtime = fresh(Face.BLOCKING, dynamo, "refused");
        OrderModel orders = OrderModel.of(runtime);
        orders.create(new Order("gus", PLACED, "o6", Order.Status.PLACED, 500));
        IllegalArgumentException key = assertThrows(IllegalArgumentException.class,
                () -> orders.update("gus", PLACED, "o6", u -> u.set(OrderSchema.ORDER_ID, "o66")));
        assertTrue(key.getMessage().contains("'orderId' is part of the table key (sk = ORDER#{placedAt}#{orderId})"),
                key.getMessage());
        assertFalse(key.getMessage().contains("o66"));
        IllegalArgumentException upsert = assertThrows(IllegalArgumentException.class,
                () -> orders.update("gus", PLACED, "o7", u -> u.set(OrderSchema.TOTAL_CENTS, 1L).upsert()));
        assertTrue(upsert.getMessage().contains("upsert of a family member"), upsert.getMessage());
        assertTrue(orders.get("gus", PLACED, "o7").isEmpty());
    }
}
