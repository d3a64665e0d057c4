package dev.dynamodel.benchmarks.shapes.shop;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.EntityType;
import dev.dynamodel.annotation.KeyTemplate;

@Entity
@EntityType("CUSTOMER")
@KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE")
public record Customer(String customerId, String name, String email) implements ShopItem {
}
