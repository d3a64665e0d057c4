package dev.dynamodel.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocalExtension;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Converters per field, per type and per package, on plain values and inside lists, sets and maps. */
@ExtendWith(DynamoLocalExtension.class)
class ConverterTest {

    @BeforeAll
    static void createTable(Dynamo dynamo) {
        OrderModel.of(dynamo).createTableIfNotExists();
    }

    private static Order order(String id) {
        return new Order(id, Money.of("EUR", "12.50"), List.of(Money.of("EUR", "10"), Money.of("EUR", "2.50")),
                Map.of("shipping", Money.of("EUR", "4.99")), new LinkedHashSet<>(List.of(new Sku("A-1"), new Sku("B-2"))),
                Priority.URGENT, new Location(59.91, 10.75), Instant.parse("2025-03-04T05:06:07.089Z"));
    }

    @Test
    void convertedValues_roundTripThroughTheTable(Dynamo dynamo) {
        OrderModel orders = OrderModel.of(dynamo);
        Order order = order("o-1");
        orders.create(order);
        assertEquals(order, orders.get("o-1").orElseThrow());
    }

    @Test
    void convertedValues_areStoredInTheConvertersForm(Dynamo dynamo) {
        OrderModel orders = OrderModel.of(dynamo);
        Order order = orders.create(order("o-2"));
        Map<String, AttributeValue> item = Tables.item(dynamo, orders, orders.schema().keyOf(order));
        assertEquals(AttributeValue.fromS("EUR 12.50"), item.get("total"));
        assertEquals(List.of(AttributeValue.fromS("EUR 10"), AttributeValue.fromS("EUR 2.50")), item.get("lines").l());
        assertEquals(AttributeValue.fromS("EUR 4.99"), item.get("fees").m().get("shipping"));
        assertEquals(Set.of("A-1", "B-2"), Set.copyOf(item.get("skus").ss()), "a set of converted values is a DynamoDB string set");
        assertEquals("9", item.get("priority").n());
        assertEquals(Map.of("lat", AttributeValue.fromN("59.91"), "lon", AttributeValue.fromN("10.75")), item.get("deliverTo").m());
        assertEquals("1741064767089", item.get("placedAt").n());
    }

    @Test
    void typedAttributeConstants_encodeThroughTheConverterToo() {
        assertEquals(AttributeValue.fromS("USD 1"), OrderSchema.TOTAL.toAttributeValue(Money.of("USD", "1")));
        assertEquals("5", OrderSchema.PRIORITY.toAttributeValue(Priority.NORMAL).n());
    }

    @Test
    void emptyConvertedSet_isLeftOut_likeAnyEmptySet(Dynamo dynamo) {
        OrderModel orders = OrderModel.of(dynamo);
        Order order = new Order("o-3", Money.of("EUR", "1"), null, null, Set.of(), null, null, null);
        orders.save(order);
        Map<String, AttributeValue> item = Tables.item(dynamo, orders, orders.schema().keyOf(order));
        assertEquals(Set.of("id", "total"), item.keySet());
    }
}
