package dev.dynamodel.streams.entities;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.RangeKey;
import dev.dynamodel.annotation.Table;
import java.math.BigDecimal;

/** The other entity type of the table Shop; it declares the same table options, the table being one. */
@Entity(table = "Shop")
@Table(stream = Table.Stream.NEW_AND_OLD_IMAGES)
public record ShopOrder(@HashKey String pk, @RangeKey String sk, String type, BigDecimal total) {
}
