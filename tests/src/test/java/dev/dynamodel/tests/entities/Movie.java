package dev.dynamodel.tests.entities;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.RangeKey;

/** The AWS sample data's movie: key {@code year} + {@code title}, details in a nested map. */
@Entity(table = "Movies")
public record Movie(@HashKey int year, @RangeKey String title, MovieInfo info) {
}
