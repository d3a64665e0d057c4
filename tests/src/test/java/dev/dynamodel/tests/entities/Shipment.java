package dev.dynamodel.tests.entities;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.GlobalIndex;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.Table;

/** Declared table options that DynamoDB Local keeps: provisioned throughput (one index its own), a stream, deletion protection. */
@Entity(table = "shipments")
@Table(readCapacity = 4, writeCapacity = 2, stream = Table.Stream.NEW_AND_OLD_IMAGES, deletionProtection = true)
public record Shipment(@HashKey String id,
                       @GlobalIndex(name = "byCarrier", readCapacity = 3, writeCapacity = 1) String carrier,
                       @GlobalIndex(name = "byPort") String port) {
}
