package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocal;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.local.LocalServer;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The generated OrderModel on the embedded database and over HTTP, as a user's test would run it. */
// tag::test[]
@ExtendWith(DynamoLocalExtension.class)
class OrderTest {
    @Test
    void roundTrip_onTheEmbeddedDatabase(Dynamo dynamo) {
        OrderModel orders = OrderModel.of(dynamo);
        orders.createTable();
        orders.create(new Order("o-1", "ada", new BigDecimal("12.50")));

        assertEquals("ada", orders.get("o-1").orElseThrow().customer());
    }

    @Test
    void roundTrip_overHttp() {
        try (LocalServer server = DynamoLocal.server(); Dynamo dynamo = server.dynamo()) {
            OrderModel orders = OrderModel.of(dynamo);
            orders.createTable();
            orders.create(new Order("o-2", "grace", new BigDecimal("7")));

            assertEquals(0, new BigDecimal("7").compareTo(orders.get("o-2").orElseThrow().total()));
            orders.delete("o-2");
            assertTrue(orders.get("o-2").isEmpty());
        }
    }
}
// end::test[]
