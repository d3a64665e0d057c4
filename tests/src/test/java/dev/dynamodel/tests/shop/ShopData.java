package dev.dynamodel.tests.shop;

import dev.dynamodel.Dynamo;
import java.time.Instant;
import java.util.List;

/** The shop's items, written once per runtime: two customers, their addresses and orders, and the orders' lines. */
final class ShopData {
    static final Customer ADA = new Customer("ada", "Ada Lovelace", "ada@example.com");
    static final Customer BOB = new Customer("bob", "Bob Babbage", "bob@example.com");
    static final List<Address> ADDRESSES = List.of(new Address("ada", "home", "London"),
            new Address("ada", "work", "Cambridge"), new Address("bob", "home", "Oslo"));
    static final List<Order> ORDERS = List.of(
            order("ada", "2024-01-15T10:00:00Z", "o1", Order.Status.DELIVERED, 1200),
            order("ada", "2024-03-02T09:30:00Z", "o2", Order.Status.SHIPPED, 4500),
            order("ada", "2024-03-28T18:00:00Z", "o3", Order.Status.PLACED, 800),
            order("ada", "2024-05-01T12:00:00Z", "o4", Order.Status.SHIPPED, 300),
            order("bob", "2024-03-10T08:00:00Z", "o5", Order.Status.SHIPPED, 9900));
    /** Order o2 has lines 1, 2 and 10: the number padding must sort 10 after 2. */
    static final List<OrderLine> LINES = List.of(new OrderLine("o2", 10, "sku-c", 1), new OrderLine("o2", 1, "sku-a", 2),
            new OrderLine("o2", 2, "sku-b", 1), new OrderLine("o5", 1, "sku-d", 5));

    private ShopData() {
    }

    static Order order(String customer, String placedAt, String id, Order.Status status, long cents) {
        return new Order(customer, Instant.parse(placedAt), id, status, cents);
    }

    /** Creates the family's table on this runtime and writes every item through the members' own models. */
    static void load(Dynamo dynamo) {
        ShopItemModel.of(dynamo).createTable();
        CustomerModel customers = CustomerModel.of(dynamo);
        customers.create(ADA);
        customers.create(BOB);
        AddressModel addresses = AddressModel.of(dynamo);
        ADDRESSES.forEach(addresses::create);
        OrderModel orders = OrderModel.of(dynamo);
        ORDERS.forEach(orders::create);
        OrderLineModel lines = OrderLineModel.of(dynamo);
        LINES.forEach(lines::create);
    }
}
