package dev.dynamodel.micrometer;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.RangeKey;

/** A meter reading, the entity the tests store. */
@Entity(table = "Readings")
public record Reading(@HashKey String meter, @RangeKey int sequence, double value) {
}
