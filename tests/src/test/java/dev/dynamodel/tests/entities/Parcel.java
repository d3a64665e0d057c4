package dev.dynamodel.tests.entities;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.GlobalIndex;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.RangeKey;

/** A table's first version, for plan/apply: one global index, by depot. {@link ReroutedParcel} is its next. */
@Entity(table = "parcel_legs")
public record Parcel(@HashKey String id, @RangeKey int leg, @GlobalIndex(name = "byDepot") String depot,
                     String courier, Long expiresAt) {
}
