package dev.dynamodel.tests.entities;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.GlobalIndex;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.RangeKey;
import dev.dynamodel.annotation.Ttl;

/**
 * The next version of {@link Parcel}'s table: the depot index dropped, an index by courier added,
 * and time to live on {@code expiresAt}. Same key, so the table can be changed in place.
 */
@Entity(table = "parcel_legs")
public record ReroutedParcel(@HashKey String id, @RangeKey int leg, String depot,
                             @GlobalIndex(name = "byCourier", sortKey = "leg") String courier, @Ttl Long expiresAt) {
}
