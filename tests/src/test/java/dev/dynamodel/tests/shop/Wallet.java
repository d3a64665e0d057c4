package dev.dynamodel.tests.shop;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import java.util.List;

/** A plain entity holding polymorphic documents, alone and in a list. */
@Entity(table = "Wallets")
public record Wallet(@HashKey String id, Payment primary, List<Payment> others) {
}
