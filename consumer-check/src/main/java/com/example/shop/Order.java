package com.example.shop;

// tag::entity[]
import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import java.math.BigDecimal;

@Entity(table = "Orders")
public record Order(@HashKey String id, String customer, BigDecimal total) {
}
// end::entity[]
