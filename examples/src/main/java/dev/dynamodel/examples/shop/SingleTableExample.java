package dev.dynamodel.examples.shop;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocal;
import dev.dynamodel.query.Grouped;
import dev.dynamodel.query.Page;
import dev.dynamodel.transaction.WriteTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The shop's access patterns over one table, as docs/single-table.md lists them. Prints each result. */
public final class SingleTableExample {
    private SingleTableExample() {
    }

    public static void main(String[] args) {
        try (Dynamo dynamo = DynamoLocal.embedded()) {
            // tag::setup[]
            ShopItemModel shop = ShopItemModel.of(dynamo);
            shop.createTable();                       // one table, with gsi1 and gsi2
            CustomerModel customers = CustomerModel.of(dynamo);
            AddressModel addresses = AddressModel.of(dynamo);
            OrderModel orders = OrderModel.of(dynamo);
            OrderLineModel lines = OrderLineModel.of(dynamo);
            // end::setup[]
            customers.create(new Customer("ada", "Ada Lovelace", "ada@example.com"));
            addresses.create(new Address("ada", "home", "London"));
            orders.create(new Order("ada", Instant.parse("2024-01-15T10:00:00Z"), "o1", Order.Status.DELIVERED, 1200));
            orders.create(new Order("ada", Instant.parse("2024-05-01T12:00:00Z"), "o3", Order.Status.SHIPPED, 300));
            customers.create(new Customer("bob", "Bob Babbage", "bob@example.com"));
            orders.create(new Order("bob", Instant.parse("2024-03-10T08:00:00Z"), "o4", Order.Status.SHIPPED, 9900));
            // tag::transaction[]
            Order order = new Order("ada", Instant.parse("2024-03-02T09:30:00Z"), "o2", Order.Status.SHIPPED, 4500);
            WriteTransaction.of(dynamo)
                    .create(orders, order)
                    .create(lines, new OrderLine("o2", 1, "quill", 2))
                    .create(lines, new OrderLine("o2", 2, "ink", 1))
                    .execute();
            // end::transaction[]

            // tag::get-customer[]
            Optional<Customer> ada = customers.get("ada");
            // end::get-customer[]
            System.out.println("get customer: " + ada.map(Customer::name).orElse("none"));

            // tag::customer-with-orders[]
            Grouped<ShopItem> adas = shop.collection(CustomerSchema.partitionKey("ada")).grouped();
            Customer customer = adas.first(Customer.class).orElseThrow();
            List<Order> theirOrders = adas.of(Order.class);
            List<Address> theirAddresses = adas.of(Address.class);
            // end::customer-with-orders[]
            System.out.println("customer with orders: " + customer.name() + ", orders "
                    + theirOrders.stream().map(Order::orderId).toList() + ", addresses "
                    + theirAddresses.stream().map(Address::label).toList());

            // tag::pattern-matching[]
            for (ShopItem item : shop.collection(CustomerSchema.partitionKey("ada")).list()) {
                String line;
                if (item instanceof Customer c) {
                    line = "customer " + c.name();
                } else if (item instanceof Address a) {
                    line = "address in " + a.city();
                } else if (item instanceof Order o) {
                    line = "order " + o.orderId() + " " + o.status();
                } else if (item instanceof OrderLine l) {
                    line = "line " + l.lineNo();
                } else {
                    throw new AssertionError(item); // the interface is sealed: no other type exists
                }
                System.out.println("  " + line);
            }
            // end::pattern-matching[]

            // tag::orders-by-date[]
            List<Order> spring = orders.query(OrderSchema.CUSTOMER_ID.eq("ada")
                            .and(OrderSchema.PLACED_AT.between(Instant.parse("2024-03-01T00:00:00Z"),
                                    Instant.parse("2024-05-31T23:59:59Z"))))
                    .list();
            // end::orders-by-date[]
            System.out.println("orders by date: " + spring.stream().map(Order::orderId).toList());

            // tag::order-with-lines[]
            List<ShopItem> withLines = shop.collection(OrderSchema.gsi1PartitionKey("o2")).list();
            // end::order-with-lines[]
            System.out.println("order with lines: " + withLines.size() + " items, last is "
                    + withLines.get(withLines.size() - 1).getClass().getSimpleName());

            // tag::orders-by-status[]
            List<Order> shipped = orders.query(OrderSchema.STATUS.eq(Order.Status.SHIPPED)).list();   // index gsi2
            // end::orders-by-status[]
            System.out.println("orders by status: " + shipped.stream().map(Order::orderId).toList());

            // tag::customer-by-email[]
            List<Customer> byEmail = customers.query(CustomerSchema.EMAIL.eq("bob@example.com")).list();   // index gsi2
            // end::customer-by-email[]
            System.out.println("customer by email: " + byEmail.get(0).customerId());

            // tag::pages[]
            Page<ShopItem> first = shop.collection(CustomerSchema.partitionKey("ada")).limit(3).page();
            Page<ShopItem> second = shop.collection(CustomerSchema.partitionKey("ada")).limit(3)
                    .startAfter(first.cursor().orElseThrow()).page();
            // end::pages[]
            System.out.println("pages: " + first.items().size() + " + " + second.items().size()
                    + ", more: " + second.hasMore());

            // tag::update[]
            orders.update("ada", Instant.parse("2024-05-01T12:00:00Z"), "o3",
                    u -> u.set(OrderSchema.STATUS, Order.Status.DELIVERED));   // gsi2pk becomes STATUS#DELIVERED
            // end::update[]
            System.out.println("shipped after update: " + orders.query(OrderSchema.STATUS.eq(Order.Status.SHIPPED))
                    .list().stream().map(Order::orderId).toList());
        }
    }
}
