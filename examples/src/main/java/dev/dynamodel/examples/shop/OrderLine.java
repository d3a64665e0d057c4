package dev.dynamodel.examples.shop;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.EntityType;
import dev.dynamodel.annotation.IndexKeyTemplate;
import dev.dynamodel.annotation.KeyTemplate;

// tag::line[]
@Entity
@EntityType("LINE")
@KeyTemplate(partition = "ORDER#{orderId}", sort = "LINE#{lineNo}")
@IndexKeyTemplate(index = "gsi1", partition = "ORDER#{orderId}", sort = "LINE#{lineNo}")
public record OrderLine(String orderId, int lineNo, String sku, int quantity) implements ShopItem {
}
// end::line[]
