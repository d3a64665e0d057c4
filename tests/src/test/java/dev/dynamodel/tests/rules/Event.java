package dev.dynamodel.tests.rules;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.Timestamps;
import dev.dynamodel.annotation.TimestampStorage;

/** Timestamps on long fields that hold the stored number, in seconds; only an updated-at. */
@Entity
@Timestamps(createdAt = "", updatedAt = "seenAt", storage = TimestampStorage.EPOCH_SECONDS)
public record Event(@HashKey String id, long seenAt) {
}
