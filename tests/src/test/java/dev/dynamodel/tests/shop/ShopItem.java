package dev.dynamodel.tests.shop;

import dev.dynamodel.annotation.Family;

/** The e-commerce family: customers, their addresses and orders, and the orders' lines, in one table. */
@Family(table = "Shop", indexes = {
    @Family.Index(name = "gsi1", partitionKey = "gsi1pk", sortKey = "gsi1sk"),
    @Family.Index(name = "gsi2", partitionKey = "gsi2pk", sortKey = "gsi2sk")})
public sealed interface ShopItem permits Customer, Address, Order, OrderLine {
}
