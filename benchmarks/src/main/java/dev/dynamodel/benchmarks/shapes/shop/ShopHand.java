package dev.dynamodel.benchmarks.shapes.shop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The family read by hand-written SDK code: a switch on the type attribute and each record built
 * from its attributes. The items of the benchmark's collection come from {@link #collection()}.
 *
 * <pre>{@code
 * ShopItem item = ShopHand.fromItem(map);
 * }</pre>
 */
public final class ShopHand {
    private ShopHand() {
    }

    // tag::hand-switch[]
    public static ShopItem fromItem(Map<String, AttributeValue> item) {
        switch (item.get("_type").s()) {
            case "CUSTOMER":
                return new Customer(s(item, "customerId"), s(item, "name"), s(item, "email"));
            case "ADDRESS":
                return new Address(s(item, "customerId"), s(item, "label"), s(item, "street"), s(item, "city"),
                        s(item, "zip"));
            case "ORDER":
                AttributeValue total = item.get("totalCents");
                return new Order(s(item, "customerId"), s(item, "placedOn"), s(item, "orderId"), s(item, "status"),
                        total == null ? 0L : Long.parseLong(total.n()));
            default:
                throw new IllegalArgumentException("unknown type");
        }
    }
    // end::hand-switch[]

    private static String s(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    /** 25 items of one partition as the family stores them: the customer, 4 addresses, 20 orders. */
    public static List<Map<String, AttributeValue>> collection() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            items.add(AddressSchema.INSTANCE.toItem(new Address("c1", "label-" + i, i + " Long Street", "London",
                    "N1 " + i + "AA")));
        }
        items.add(CustomerSchema.INSTANCE.toItem(new Customer("c1", "Ada Lovelace", "ada@example.com")));
        for (int i = 0; i < 20; i++) {
            items.add(OrderSchema.INSTANCE.toItem(new Order("c1", String.format("2024-%02d-%02d", i % 12 + 1, i + 1),
                    "order-" + i, i % 3 == 0 ? "SHIPPED" : "PLACED", 1000L + i)));
        }
        // Sort key order, as DynamoDB returns them.
        items.sort((a, b) -> a.get("sk").s().compareTo(b.get("sk").s()));
        return items;
    }
}
