package dev.dynamodel.tests.shop;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.EntityType;
import dev.dynamodel.annotation.IndexKeyTemplate;
import dev.dynamodel.annotation.KeyTemplate;
import java.time.Instant;

@Entity
@EntityType("ORDER")
@KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#{placedAt}#{orderId}")
@IndexKeyTemplate(index = "gsi1", partition = "ORDER#{orderId}", sort = "ORDER")
@IndexKeyTemplate(index = "gsi2", partition = "STATUS#{status}", sort = "{placedAt}#{orderId}")
public record Order(String customerId, Instant placedAt, String orderId, Status status, long totalCents)
        implements ShopItem {
    public enum Status { PLACED, SHIPPED, DELIVERED }
}
