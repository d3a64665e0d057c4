package dev.dynamodel.examples;

// tag::entity[]
import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.GlobalIndex;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.Table;

/**
 * The next release's {@link Stock}: found by supplier instead of by shelf. The same table, so
 * {@code plan()} lists the index to remove and the one to add.
 */
@Entity(table = "Stock")
@Table(readCapacity = 5, writeCapacity = 5, stream = Table.Stream.NEW_AND_OLD_IMAGES)
public record StockV2(
        @HashKey String sku,
        String shelf,
        @GlobalIndex(name = "bySupplier") String supplier,
        int quantity) {
}
// end::entity[]
