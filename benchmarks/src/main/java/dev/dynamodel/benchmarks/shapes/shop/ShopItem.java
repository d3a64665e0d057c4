package dev.dynamodel.benchmarks.shapes.shop;

import dev.dynamodel.annotation.Family;

/** The benchmark's family: a customer, their addresses and orders in one partition. */
@Family(table = "Shop")
public sealed interface ShopItem permits Customer, Address, Order {
}
