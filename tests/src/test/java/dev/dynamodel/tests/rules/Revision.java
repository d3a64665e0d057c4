package dev.dynamodel.tests.rules;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.Timestamps;
import dev.dynamodel.annotation.TimestampStorage;
import java.time.Instant;

/** ISO-8601 timestamps: Instants stored whole, in the fixed-width form every Instant is stored in. */
@Entity
@Timestamps(storage = TimestampStorage.ISO_8601)
public record Revision(@HashKey String id, Instant createdAt, Instant updatedAt) {
}
