package dev.dynamodel.tests.entities;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.LocalIndex;
import dev.dynamodel.annotation.RangeKey;

/** A small table with a local index, for the changes plan() must refuse (a table key, a local index). */
@Entity(table = "depots")
public record Depot(@HashKey String region, @RangeKey String code, @LocalIndex(name = "byCity") String city) {
}
