package dev.dynamodel.benchmarks.shapes.shop;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.EntityType;
import dev.dynamodel.annotation.KeyTemplate;

/** The date is a string so that both subjects decode the same way (no instant codec difference). */
@Entity
@EntityType("ORDER")
@KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#{placedOn}#{orderId}")
public record Order(String customerId, String placedOn, String orderId, String status, long totalCents)
        implements ShopItem {
}
