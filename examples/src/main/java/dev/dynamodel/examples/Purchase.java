package dev.dynamodel.examples;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;

/** A book bought from an account; written in the same transaction as the account's debit. */
// tag::purchase[]
@Entity(table = "Purchases")
public record Purchase(@HashKey String id, String account, String isbn, long amount) {
}
// end::purchase[]
