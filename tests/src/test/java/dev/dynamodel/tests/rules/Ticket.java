package dev.dynamodel.tests.rules;

import dev.dynamodel.annotation.Default;
import dev.dynamodel.annotation.DefaultSupplier;
import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.Ignore;
import dev.dynamodel.annotation.RangeKey;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

// tag::ticket[]
@Entity(table = "Tickets")
public record Ticket(
        @HashKey @DefaultSupplier(RandomId.class) String id,
        @RangeKey @DefaultSupplier(value = TicketSortKey.class, force = true) String sk,
        @NotNull String title,
        @Default("open") String status,
        @Default("3") Integer priority,
        @Default(value = "2", force = true) int schemaVersion,
        @Default("LOW") Severity severity,
        @Default("2024-01-01") LocalDate opened,
        @Default("2024-01-01T09:00:00Z") Instant due,
        @Default("0.5") BigDecimal weight,
        @Default("true") Boolean notifyOwner,
        @Default("x") Character flag,
        @Default("2.5") Double factor,
        @Default("6f1c4a9e-8d9b-4a53-9d0a-6f1d2c3b4a5e") UUID queue,
        Step first,
        List<Step> steps,
        Map<String, Step> byOwner,
        @Ignore String note) {
}
// end::ticket[]
