package dev.dynamodel.tests.entities;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;

/** An entity holding recursive documents. */
@Entity(table = "forests")
public record Forest(@HashKey String id, Tree root, CheckedTree checked, DefaultedTree defaulted) {
}
