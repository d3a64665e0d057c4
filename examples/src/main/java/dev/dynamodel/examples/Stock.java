package dev.dynamodel.examples;

// tag::entity[]
import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.GlobalIndex;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.Table;

/** A warehouse's stock of one article: a provisioned table with a stream of its changes. */
@Entity(table = "Stock")
@Table(readCapacity = 5, writeCapacity = 5, stream = Table.Stream.NEW_AND_OLD_IMAGES)
public record Stock(
        @HashKey String sku,
        @GlobalIndex(name = "byShelf", readCapacity = 2, writeCapacity = 1) String shelf,
        int quantity) {
}
// end::entity[]
