package dev.dynamodel.tests.shop;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.EntityType;
import dev.dynamodel.annotation.IndexKeyTemplate;
import dev.dynamodel.annotation.KeyTemplate;

@Entity
@EntityType("CUSTOMER")
@KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE")
@IndexKeyTemplate(index = "gsi2", partition = "EMAIL#{email}", sort = "CUSTOMER")
public record Customer(String customerId, String name, String email) implements ShopItem {
}
