package dev.dynamodel.tests.entities;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.RangeKey;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** Values whose exact form matters: an offset date-time as the sort key, signed zeros. */
@Entity(table = "measurements")
public record Measurement(@HashKey String sensor, @RangeKey OffsetDateTime at, double value, Double boxed,
                          float single, BigDecimal decimal, List<Double> series) {
}
