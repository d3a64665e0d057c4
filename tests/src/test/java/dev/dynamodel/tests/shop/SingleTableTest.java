package dev.dynamodel.tests.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.UnknownItemTypeException;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.query.Grouped;
import dev.dynamodel.query.Page;
import dev.dynamodel.tests.support.Face;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The e-commerce family on DynamoDB Local: the access patterns of docs/single-table.md, each a
 * test, on both faces where the async face has the operation.
 */
@ExtendWith(DynamoLocalExtension.class)
class SingleTableTest {

    @BeforeAll
    static void load(Dynamo dynamo) {
        for (Face face : Face.values()) {
            ShopData.load(face.runtime(dynamo));
        }
    }

    // Pattern 1: get a customer by id.
    @ParameterizedTest
    @EnumSource(Face.class)
    void getCustomer_byTypedKey_readsTheRecordBack(Face face, Dynamo dynamo) {
        CustomerModel customers = CustomerModel.of(face.runtime(dynamo));
        assertEquals(ShopData.ADA, face.call(() -> customers.get("ada").orElseThrow(),
                () -> customers.async().get("ada").thenApply(o -> o.orElseThrow())));
    }

    @Test
    void save_writesComposedKeysTypeNameAndTheTemplateFieldsThemselves(Dynamo dynamo) {
        Map<String, AttributeValue> item = dynamo.client().getItem(b -> b.tableName(OrderModel.of(dynamo).tableName())
                .key(OrderSchema.INSTANCE.key("ada", Instant.parse("2024-03-02T09:30:00Z"), "o2"))).item();
        assertEquals("CUSTOMER#ada", item.get("pk").s());
        assertEquals("ORDER#2024-03-02T09:30:00.000000000Z#o2", item.get("sk").s());
        assertEquals("ORDER#o2", item.get("gsi1pk").s());
        assertEquals("ORDER", item.get("gsi1sk").s());
        assertEquals("STATUS#SHIPPED", item.get("gsi2pk").s());
        assertEquals("ORDER", item.get("_type").s());
        // The fields keep attributes of their own: reads take them from there, not from the keys.
        assertEquals("ada", item.get("customerId").s());
        assertEquals("o2", item.get("orderId").s());
    }

    @Test
    void numbersInKeys_arePaddedSoStringOrderIsNumberOrder(Dynamo dynamo) {
        Map<String, AttributeValue> key = OrderLineSchema.INSTANCE.key("o2", 10);
        assertEquals("LINE#0000000000000000010", key.get("sk").s());
        assertEquals("LINE#-9223372036854775807", OrderLineSchema.INSTANCE.key("o2", -1).get("sk").s());
        List<Integer> lines = OrderLineModel.of(dynamo).query(OrderLineSchema.ORDER_ID.eq("o2")).list().stream()
                .map(OrderLine::lineNo).toList();
        assertEquals(List.of(1, 2, 10), lines);
    }

    // Pattern 2: a customer with their orders and addresses (a collection).
    @ParameterizedTest
    @EnumSource(Face.class)
    void customerWithOrders_collectionReturnsEveryTypeOfThePartition(Face face, Dynamo dynamo) {
        ShopItemModel shop = ShopItemModel.of(face.runtime(dynamo));
        Grouped<ShopItem> ada = face.call(() -> shop.collection(CustomerSchema.partitionKey("ada")).grouped(),
                () -> shop.async().collection(CustomerSchema.partitionKey("ada")).grouped());
        assertEquals(ShopData.ADA, ada.first(Customer.class).orElseThrow());
        assertEquals(ShopData.ADDRESSES.subList(0, 2), ada.of(Address.class));
        assertEquals(ShopData.ORDERS.subList(0, 4), ada.of(Order.class));
        assertEquals(7, ada.all().size());
        assertTrue(ada.of(OrderLine.class).isEmpty());
    }

    @Test
    void collection_itemsAreTheSealedTypeForPatternMatching(Dynamo dynamo) {
        List<String> kinds = new ArrayList<>();
        for (ShopItem item : ShopItemModel.of(dynamo).collection(CustomerSchema.partitionKey("bob")).list()) {
            kinds.add(describe(item));
        }
        assertEquals(List.of("address Oslo", "order o5", "customer Bob Babbage"), kinds);
    }

    private static String describe(ShopItem item) {
        if (item instanceof Customer c) {
            return "customer " + c.name();
        } else if (item instanceof Address a) {
            return "address " + a.city();
        } else if (item instanceof Order o) {
            return "order " + o.orderId();
        } else if (item instanceof OrderLine l) {
            return "line " + l.lineNo();
        }
        throw new AssertionError(item);
    }

    // Pattern 3: a customer's orders in a date range.
    @ParameterizedTest
    @EnumSource(Face.class)
    void ordersByDateRange_becomesASortKeyRangeAndReturnsOnlyThoseOrders(Face face, Dynamo dynamo) {
        OrderModel orders = OrderModel.of(face.runtime(dynamo));
        var march = OrderSchema.CUSTOMER_ID.eq("ada").and(OrderSchema.PLACED_AT.between(
                Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-03-31T23:59:59Z")));
        List<Order> result = face.call(() -> orders.query(march).list(), () -> orders.async().query(march).list());
        assertEquals(ShopData.ORDERS.subList(1, 3), result);
        QueryRequest request = orders.query(march).request();
        assertNull(request.indexName());
        assertEquals("#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2", request.keyConditionExpression());
        assertEquals("ORDER#2024-03-01T00:00:00.000000000Z", request.expressionAttributeValues().get(":v1").s());
    }

    @Test
    void ordersAfter_gtOnALeadingSortField_excludesTheBoundItself(Dynamo dynamo) {
        OrderModel orders = OrderModel.of(dynamo);
        List<Order> result = orders.query(OrderSchema.CUSTOMER_ID.eq("ada")
                .and(OrderSchema.PLACED_AT.gt(Instant.parse("2024-03-02T09:30:00Z")))).list();
        assertEquals(ShopData.ORDERS.subList(2, 4), result);
        List<Order> before = orders.query(OrderSchema.CUSTOMER_ID.eq("ada")
                .and(OrderSchema.PLACED_AT.lt(Instant.parse("2024-03-02T09:30:00Z")))).list();
        assertEquals(ShopData.ORDERS.subList(0, 1), before);
    }

    @Test
    void eqOnEverySortField_isAnExactKeyCondition(Dynamo dynamo) {
        QueryRequest request = OrderModel.of(dynamo).query(OrderSchema.CUSTOMER_ID.eq("ada")
                .and(OrderSchema.PLACED_AT.eq(Instant.parse("2024-03-02T09:30:00Z")))
                .and(OrderSchema.ORDER_ID.eq("o2"))).request();
        assertEquals("#n0 = :v0 AND #n1 = :v1", request.keyConditionExpression());
        assertEquals("ORDER#2024-03-02T09:30:00.000000000Z#o2", request.expressionAttributeValues().get(":v1").s());
    }

    // Pattern 4: an order with its lines (a collection on index gsi1).
    @ParameterizedTest
    @EnumSource(Face.class)
    void orderWithLines_collectionOnTheOverloadedIndex(Face face, Dynamo dynamo) {
        ShopItemModel shop = ShopItemModel.of(face.runtime(dynamo));
        List<ShopItem> items = face.call(() -> shop.collection(OrderSchema.gsi1PartitionKey("o2")).list(),
                () -> shop.async().collection(OrderSchema.gsi1PartitionKey("o2")).list());
        assertEquals(List.of("line 1", "line 2", "line 10", "order o2"), items.stream().map(SingleTableTest::describe).toList());
    }

    // Pattern 5: orders by status across customers (index gsi2, chosen from the template).
    @ParameterizedTest
    @EnumSource(Face.class)
    void ordersByStatus_picksTheIndexWhoseTemplateTheConditionFills(Face face, Dynamo dynamo) {
        OrderModel orders = OrderModel.of(face.runtime(dynamo));
        var shipped = OrderSchema.STATUS.eq(Order.Status.SHIPPED);
        List<Order> result = face.call(() -> orders.query(shipped).list(), () -> orders.async().query(shipped).list());
        assertEquals(List.of("o2", "o5", "o4"), result.stream().map(Order::orderId).toList());
        assertEquals("gsi2", orders.query(shipped).request().indexName());
    }

    // A mixed partition: the member's own query returns only its type.
    @ParameterizedTest
    @EnumSource(Face.class)
    void memberQuery_inASharedPartition_returnsNoForeignItems(Face face, Dynamo dynamo) {
        Dynamo runtime = face.runtime(dynamo);
        AddressModel addresses = AddressModel.of(runtime);
        var ada = AddressSchema.CUSTOMER_ID.eq("ada");
        assertEquals(ShopData.ADDRESSES.subList(0, 2),
                face.call(() -> addresses.query(ada).list(), () -> addresses.async().query(ada).list()));
        OrderModel orders = OrderModel.of(runtime);
        assertEquals(4, orders.query(OrderSchema.CUSTOMER_ID.eq("ada")).list().size());
        assertEquals(4, orders.query(OrderSchema.CUSTOMER_ID.eq("ada")).count());
        assertEquals(ShopData.ADDRESSES.size(), addresses.scan().count(), "a member's scan counts only its own type");
    }

    // Cursors resumed across types.
    @ParameterizedTest
    @EnumSource(Face.class)
    void collectionPages_resumeFromCursorsAcrossTypes(Face face, Dynamo dynamo) {
        ShopItemModel shop = ShopItemModel.of(face.runtime(dynamo));
        List<ShopItem> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var collection = shop.collection(CustomerSchema.partitionKey("ada")).limit(2);
            if (cursor != null) {
                collection.startAfter(cursor);
            }
            Page<ShopItem> page = collection.page();
            seen.addAll(page.items());
            cursor = page.cursor().orElse(null);
            pages++;
        } while (cursor != null);
        assertEquals(4, pages);
        assertEquals(shop.collection(CustomerSchema.partitionKey("ada")).list(), seen);
        Set<Class<?>> types = new HashSet<>();
        seen.forEach(i -> types.add(i.getClass()));
        assertEquals(3, types.size());
    }

    // Items another tool wrote, of a type the family does not know.
    @Test
    void unknownType_isSkippedAndCounted_orFailsWithoutNamingTheValue(Dynamo dynamo) {
        Dynamo runtime = dynamo;
        ShopItemModel shop = ShopItemModel.of(runtime);
        runtime.client().putItem(b -> b.tableName(shop.tableName()).item(Map.of(
                "pk", AttributeValue.fromS("CUSTOMER#carol"), "sk", AttributeValue.fromS("GIFTCARD#1"),
                "_type", AttributeValue.fromS("GIFT_CARD_SECRET"))));
        CustomerModel.of(runtime).create(new Customer("carol", "Carol", "carol@example.com"));

        var collection = shop.collection(CustomerSchema.partitionKey("carol"));
        assertEquals(List.of(new Customer("carol", "Carol", "carol@example.com")), collection.list());
        assertEquals(1, collection.skipped());

        var asyncCollection = shop.async().collection(CustomerSchema.partitionKey("carol"));
        assertEquals(1, asyncCollection.list().join().size());
        assertEquals(1, asyncCollection.skipped());

        UnknownItemTypeException failure = assertThrows(UnknownItemTypeException.class,
                () -> shop.collection(CustomerSchema.partitionKey("carol")).failOnUnknownTypes().list());
        assertTrue(failure.getMessage().contains("'_type'"), failure.getMessage());
        assertFalse(failure.getMessage().contains("GIFT_CARD_SECRET"), failure.getMessage());
    }

    @Test
    void familyCreateTable_createsEveryIndexTheMembersFill(Dynamo dynamo) {
        var table = dynamo.client().describeTable(b -> b.tableName(ShopItemModel.of(dynamo).tableName())).table();
        assertEquals(Set.of("gsi1", "gsi2"), Set.copyOf(table.globalSecondaryIndexes().stream()
                .map(i -> i.indexName()).toList()));
        assertEquals("pk", table.keySchema().get(0).attributeName());
    }
}
