package dev.dynamodel.streams.entities;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.RangeKey;
import dev.dynamodel.annotation.Table;

/** One of the entity types sharing the table Shop; {@code type} tells them apart. */
@Entity(table = "Shop")
@Table(stream = Table.Stream.NEW_AND_OLD_IMAGES)
public record ShopCustomer(@HashKey String pk, @RangeKey String sk, String type, String name) {
}
