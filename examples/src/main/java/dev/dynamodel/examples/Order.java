package dev.dynamodel.examples;

// tag::entity[]
import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.GlobalIndex;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.IndexProjection;
import dev.dynamodel.annotation.LocalIndex;
import dev.dynamodel.annotation.RangeKey;
import dev.dynamodel.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A customer's order: orders of one customer share a partition, sorted by order id. */
@Entity(table = "Orders")
public record Order(
        @HashKey String customer,
        @RangeKey String orderId,
        @GlobalIndex(name = "byStatus", sortKey = "placedAt") String status,
        Instant placedAt,
        @LocalIndex(name = "byTotal", projection = IndexProjection.KEYS_ONLY) BigDecimal total,
        List<String> items,
        Map<String, Integer> quantities,
        Publisher shipTo,
        Integer reminders,
        @Version Long version) {
}
// end::entity[]
