package dev.dynamodel.tests.shop;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.EntityType;
import dev.dynamodel.annotation.KeyTemplate;

@Entity
@EntityType("ADDRESS")
@KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ADDRESS#{label}")
public record Address(String customerId, String label, String city) implements ShopItem {
}
