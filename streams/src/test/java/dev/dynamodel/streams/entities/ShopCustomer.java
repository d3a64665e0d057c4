package dev.dynamodel.streams.entities;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.RangeKey;

/** One of the entity types sharing the table Shop; {@code type} tells them apart. */
@Entity(table = "Shop")
public record ShopCustomer(@HashKey String pk, @RangeKey String sk, String type, String name) {
}
