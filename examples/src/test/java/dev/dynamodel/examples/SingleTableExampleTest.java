package dev.dynamodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamodel.examples.shop.SingleTableExample;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The single-table example runs every access pattern of docs/single-table.md against DynamoDB Local. */
class SingleTableExampleTest {

    @Test
    void singleTableExample_printsEachAccessPatternsResult() {
        assertEquals(List.of(
                "get customer: Ada Lovelace",
                "customer with orders: Ada Lovelace, orders [o1, o2, o3], addresses [home]",
                "  address in London",
                "  order o1 DELIVERED",
                "  order o2 SHIPPED",
                "  order o3 SHIPPED",
                "  customer Ada Lovelace",
                "orders by date: [o2, o3]",
                "order with lines: 3 items, last is Order",
                "orders by status: [o2, o4, o3]",
                "customer by email: bob",
                "pages: 3 + 2, more: false",
                "shipped after update: [o2, o4]"), ExampleRunner.run(SingleTableExample::main));
    }
}
