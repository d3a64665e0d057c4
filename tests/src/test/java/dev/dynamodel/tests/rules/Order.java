package dev.dynamodel.tests.rules;

import dev.dynamodel.annotation.Convert;
import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.convert.EpochMillisConverter;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

// tag::order[]
@Entity(table = "Orders")
@Convert(MoneyConverter.class)                           // every Money in this entity
public record Order(
        @HashKey String id,
        @NotNull Money total,                            // S "EUR 12.50"
        List<Money> lines,                               // L of S
        Map<String, Money> fees,                         // M of S
        Set<Sku> skus,                                   // SS, by the package's @Convert
        @Convert(PriorityConverter.class) Priority priority,              // N
        @Convert(LocationConverter.class) Location deliverTo,             // M, through a @Document
        @Convert(EpochMillisConverter.class) Instant placedAt) {          // N, epoch milliseconds
}
// end::order[]
