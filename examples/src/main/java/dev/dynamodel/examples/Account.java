package dev.dynamodel.examples;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.Version;

/** A customer's account, in cents, versioned so that concurrent changes are detected. */
// tag::account[]
@Entity(table = "Accounts")
public record Account(@HashKey String id, long balance, @Version Long version) {
}
// end::account[]
