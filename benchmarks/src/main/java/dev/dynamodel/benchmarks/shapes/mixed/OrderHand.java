package dev.dynamodel.benchmarks.shapes.mixed;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The mixed shape mapped by hand-written SDK code. Stores what the other subjects store: the
 * {@code Instant} as an ISO-8601 string, numbers as {@code N}, the list as {@code L}, the map as
 * {@code M}; absent values are left out.
 *
 * <pre>{@code
 * Order back = OrderHand.fromItem(OrderHand.toItem(order));
 * }</pre>
 */
public final class OrderHand {
    private OrderHand() {
    }

    public static Map<String, AttributeValue> toItem(Order order) {
        Map<String, AttributeValue> item = new HashMap<>(16);
        item.put("id", AttributeValue.fromS(order.id()));
        if (order.customer() != null) {
            item.put("customer", AttributeValue.fromS(order.customer()));
        }
        if (order.createdAt() != null) {
            item.put("createdAt", AttributeValue.fromS(order.createdAt().toString()));
        }
        item.put("quantity", AttributeValue.fromN(Integer.toString(order.quantity())));
        item.put("totalCents", AttributeValue.fromN(Long.toString(order.totalCents())));
        item.put("weightKg", AttributeValue.fromN(Double.toString(order.weightKg())));
        if (order.price() != null) {
            item.put("price", AttributeValue.fromN(order.price().toString()));
        }
        item.put("paid", AttributeValue.fromBool(order.paid()));
        if (order.tags() != null) {
            List<AttributeValue> tags = new ArrayList<>(order.tags().size());
            for (String tag : order.tags()) {
                tags.add(AttributeValue.fromS(tag));
            }
            item.put("tags", AttributeValue.fromL(tags));
        }
        if (order.lines() != null) {
            Map<String, AttributeValue> lines = new LinkedHashMap<>(order.lines().size() * 2);
            for (Map.Entry<String, Integer> line : order.lines().entrySet()) {
                lines.put(line.getKey(), AttributeValue.fromN(line.getValue().toString()));
            }
            item.put("lines", AttributeValue.fromM(lines));
        }
        return item;
    }

    public static Order fromItem(Map<String, AttributeValue> item) {
        AttributeValue customer = item.get("customer");
        AttributeValue createdAt = item.get("createdAt");
        AttributeValue quantity = item.get("quantity");
        AttributeValue totalCents = item.get("totalCents");
        AttributeValue weightKg = item.get("weightKg");
        AttributeValue price = item.get("price");
        AttributeValue paid = item.get("paid");
        AttributeValue tags = item.get("tags");
        AttributeValue lines = item.get("lines");
        return new Order(
                item.get("id").s(),
                customer == null ? null : customer.s(),
                createdAt == null ? null : Instant.parse(createdAt.s()),
                quantity == null ? 0 : Integer.parseInt(quantity.n()),
                totalCents == null ? 0L : Long.parseLong(totalCents.n()),
                weightKg == null ? 0.0 : Double.parseDouble(weightKg.n()),
                price == null ? null : new BigDecimal(price.n()),
                paid != null && paid.bool(),
                tags == null ? null : strings(tags.l()),
                lines == null ? null : counts(lines.m()));
    }

    private static List<String> strings(List<AttributeValue> values) {
        List<String> out = new ArrayList<>(values.size());
        for (AttributeValue value : values) {
            out.add(value.s());
        }
        return out;
    }

    private static Map<String, Integer> counts(Map<String, AttributeValue> values) {
        Map<String, Integer> out = new LinkedHashMap<>(values.size() * 2);
        for (Map.Entry<String, AttributeValue> entry : values.entrySet()) {
            out.put(entry.getKey(), Integer.parseInt(entry.getValue().n()));
        }
        return out;
    }
}
