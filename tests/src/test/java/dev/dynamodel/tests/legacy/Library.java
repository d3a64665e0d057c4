package dev.dynamodel.tests.legacy;

import dev.dynamodel.annotation.Family;

/** A family without a type attribute, on a table with custom key names: members are told apart by their keys. */
@Family(table = "Library", partitionKey = "PK", sortKey = "SK", typeAttribute = "")
public sealed interface Library permits Author, Book {
}
