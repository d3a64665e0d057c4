package dev.dynamodel.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.local.StreamRecords;
import dev.dynamodel.streams.entities.ShopCustomer;
import dev.dynamodel.streams.entities.ShopCustomerModel;
import dev.dynamodel.streams.entities.ShopCustomerSchema;
import dev.dynamodel.streams.entities.ShopOrder;
import dev.dynamodel.streams.entities.ShopOrderModel;
import dev.dynamodel.streams.entities.ShopOrderSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** One table, two entity types and an item of a third kind nobody declared: each record reaches its own handler. */
@ExtendWith(DynamoLocalExtension.class)
class ChangeRouterTest {
    private static List<Record> records;

    @BeforeAll
    static void writeThreeKinds(Dynamo dynamo, DynamoDbStreamsClient streams) {
        ShopCustomerModel customers = ShopCustomerModel.of(dynamo);
        customers.createTable();   // with the stream its @Table declares
        customers.create(new ShopCustomer("C#1", "PROFILE", "CUSTOMER", "Ada"));
        ShopOrderModel.of(dynamo).create(new ShopOrder("C#1", "ORDER#7", "ORDER", new BigDecimal("12.50")));
        // An item of a type this program does not know, written by some other program.
        dynamo.client().putItem(r -> r.tableName(customers.tableName()).item(Map.of(
                "pk", AttributeValue.fromS("C#1"), "sk", AttributeValue.fromS("INVOICE#3"),
                "type", AttributeValue.fromS("INVOICE"), "total", AttributeValue.fromS("not a number"))));
        records = StreamRecords.read(dynamo.client(), streams, customers.tableName());
    }

    private static ChangeRouter.Builder routes(List<ChangeEvent<ShopCustomer>> customers,
            List<ChangeEvent<ShopOrder>> orders) {
        // tag::routes[]
        return ChangeRouter.builder()
                .route(ShopCustomerSchema.INSTANCE, ChangeRouter.attributeEquals("type", "CUSTOMER"), customers::add)
                .route(ShopOrderSchema.INSTANCE, ChangeRouter.attributeEquals("type", "ORDER"), orders::add);
        // end::routes[]
    }

    @Test
    void eachRecord_reachesTheHandlerOfItsType_andTheUnknownOneIsReported() {
        List<ChangeEvent<ShopCustomer>> customers = new ArrayList<>();
        List<ChangeEvent<ShopOrder>> orders = new ArrayList<>();
        List<Record> unrouted = new ArrayList<>();
        // tag::unrouted[]
        ChangeRouter router = routes(customers, orders).unrouted(unrouted::add).build();

        records.forEach(router::accept);
        // end::unrouted[]

        assertEquals(1, customers.size());
        assertEquals(Optional.of(new ShopCustomer("C#1", "PROFILE", "CUSTOMER", "Ada")),
                ((Inserted<ShopCustomer>) customers.get(0)).newImage());
        assertEquals(1, orders.size());
        assertEquals(Optional.of(new ShopOrder("C#1", "ORDER#7", "ORDER", new BigDecimal("12.5"))),
                ((Inserted<ShopOrder>) orders.get(0)).newImage());
        assertEquals(List.of(records.get(2)), unrouted, "the invoice is handed over undecoded");
    }

    @Test
    void unknownRecord_withoutAnUnroutedHandler_throwsNamingTheKeyAttributesNotTheirValues() {
        ChangeRouter router = routes(new ArrayList<>(), new ArrayList<>()).build();
        Record invoice = records.get(2);

        StreamRecordException e = assertThrows(StreamRecordException.class, () -> router.accept(invoice));

        assertEquals(invoice.eventID(), e.eventId());
        assertEquals("Stream record " + invoice.eventID() + ": no route matches the item with the key attributes [pk, sk]",
                e.getMessage());
    }

    @Test
    void keysOnlyRecords_routeOnTheKey() {
        List<ChangeEvent<ShopOrder>> orders = new ArrayList<>();
        // tag::keys-only[]
        ChangeRouter router = ChangeRouter.builder()
                .route(ShopOrderSchema.INSTANCE, key -> key.get("sk").s().startsWith("ORDER#"), orders::add)
                .unrouted(record -> { })
                .build();
        // end::keys-only[]
        Record keysOnly = Record.builder().eventID("k1").eventName("REMOVE").dynamodb(s -> s
                .keys(Map.of("pk", AttributeValue.fromS("C#1"), "sk", AttributeValue.fromS("ORDER#7")))
                .streamViewType(StreamViewType.KEYS_ONLY)).build();

        router.accept(keysOnly);

        Removed<ShopOrder> removed = (Removed<ShopOrder>) orders.get(0);
        assertEquals(Optional.empty(), removed.oldImage());
        assertEquals("ORDER#7", removed.keys().get("sk").s());
    }
}
