package dev.dynamodel.streams.entities;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.RangeKey;
import java.math.BigDecimal;

/** The other entity type of the table Shop. */
@Entity(table = "Shop")
public record ShopOrder(@HashKey String pk, @RangeKey String sk, String type, BigDecimal total) {
}
