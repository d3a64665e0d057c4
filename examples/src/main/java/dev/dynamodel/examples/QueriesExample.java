package dev.dynamodel.examples;

import dev.dynamodel.Dynamo;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.local.DynamoLocal;
import dev.dynamodel.query.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** Typed conditions, queries, index choice, paging and scans over a few orders. Prints each result. */
public final class QueriesExample {
    private QueriesExample() {
    }

    public static void main(String[] args) {
        try (Dynamo dynamo = DynamoLocal.embedded()) {
            OrderModel orders = OrderModel.of(dynamo);
            orders.createTable();
            for (int i = 1; i <= 12; i++) {
                orders.create(new Order(i % 2 == 0 ? "ada" : "bob", String.format("2024-%02d", i),
                        i % 3 == 0 ? "SHIPPED" : "OPEN", Instant.parse(String.format("2024-%02d-05T00:00:00Z", i)),
                        new BigDecimal(i * 10), List.of("book-" + i), Map.of("book-" + i, i), null, 0, null));
            }
            // tag::query-partition[]
            List<Order> adas = orders.query(OrderSchema.CUSTOMER.eq("ada")).list();
            // end::query-partition[]
            System.out.println("ada has " + adas.size() + " orders");

            // tag::query-range[]
            List<Order> spring = orders.query(OrderSchema.CUSTOMER.eq("ada")
                            .and(OrderSchema.ORDER_ID.between("2024-03", "2024-06")))
                    .descending()
                    .list();
            // end::query-range[]
            System.out.println("ada in spring: " + spring.stream().map(Order::orderId).toList());

            // tag::query-index[]
            List<Order> shipped = orders.query(OrderSchema.STATUS.eq("SHIPPED")
                            .and(OrderSchema.PLACED_AT.ge(Instant.parse("2024-03-01T00:00:00Z"))))
                    .filter(OrderSchema.TOTAL.gt(new BigDecimal("50")))
                    .list();
            // end::query-index[]
            System.out.println("shipped since March over 50: " + shipped.stream().map(Order::orderId).toList());

            // tag::conditions[]
            Condition bigOrBusy = OrderSchema.TOTAL.ge(new BigDecimal("100"))
                    .or(OrderSchema.ITEMS.size().gt(3))
                    .and(OrderSchema.QUANTITIES.key("book-10").exists())
                    .and(OrderSchema.STATUS.in("OPEN", "SHIPPED"));
            List<Order> found = orders.scan().filter(bigOrBusy).list();
            // end::conditions[]
            System.out.println("big or busy: " + found.stream().map(Order::orderId).toList());

            // tag::preview[]
            QueryRequest request = orders.query(OrderSchema.STATUS.eq("OPEN")).request();
            System.out.println(request.indexName() + ": " + request.keyConditionExpression()
                    + " " + request.expressionAttributeNames());
            // end::preview[]

            // tag::paging[]
            Page<Order> first = orders.query(OrderSchema.CUSTOMER.eq("bob")).limit(4).page();
            String cursor = first.cursor().orElseThrow();    // opaque and URL-safe: hand it to a client
            Page<Order> second = orders.query(OrderSchema.CUSTOMER.eq("bob")).limit(4).startAfter(cursor).page();
            // end::paging[]
            System.out.println("bob page 1: " + first.items().stream().map(Order::orderId).toList()
                    + ", page 2: " + second.items().stream().map(Order::orderId).toList());

            // tag::count-scan[]
            long open = orders.scan().filter(OrderSchema.STATUS.eq("OPEN")).count();
            List<Order> everything = orders.scan().parallel(4).list();
            // end::count-scan[]
            System.out.println(open + " open of " + everything.size());
        }
    }
}
