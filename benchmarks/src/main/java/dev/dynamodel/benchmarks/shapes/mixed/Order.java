package dev.dynamodel.benchmarks.shapes.mixed;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mixed shape: 10 attributes with a list, a map, a timestamp and numbers of four kinds,
 * declared for dynamodel; the generated {@code OrderSchema} maps it.
 *
 * <pre>{@code
 * Order back = OrderSchema.INSTANCE.fromItem(OrderSchema.INSTANCE.toItem(Order.sample()));
 * }</pre>
 */
@Entity(table = "Orders")
public record Order(
        @HashKey String id,
        String customer,
        Instant createdAt,
        int quantity,
        long totalCents,
        double weightKg,
        BigDecimal price,
        boolean paid,
        List<String> tags,
        Map<String, Integer> lines) {

    /** The instance every subject maps. */
    public static Order sample() {
        Map<String, Integer> lines = new LinkedHashMap<>();
        lines.put("SKU-1001", 1);
        lines.put("SKU-2002", 2);
        lines.put("SKU-3003", 4);
        return new Order("order-000123", "customer-0042", Instant.parse("2024-05-01T10:15:30.123Z"),
                7, 12_999L, 1.25, new BigDecimal("43.33"), true, List.of("gift", "express", "fragile"), lines);
    }
}
