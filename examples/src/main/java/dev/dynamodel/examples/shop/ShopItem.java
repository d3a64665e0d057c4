package dev.dynamodel.examples.shop;

import dev.dynamodel.annotation.Family;

// tag::family[]
/** Everything the shop stores, in one table: the family's sealed interface. */
@Family(table = "Shop", indexes = {
    @Family.Index(name = "gsi1", partitionKey = "gsi1pk", sortKey = "gsi1sk"),
    @Family.Index(name = "gsi2", partitionKey = "gsi2pk", sortKey = "gsi2sk")})
public sealed interface ShopItem permits Customer, Address, Order, OrderLine {
}
// end::family[]
