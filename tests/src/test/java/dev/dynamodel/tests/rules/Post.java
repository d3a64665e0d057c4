package dev.dynamodel.tests.rules;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.Timestamps;
import dev.dynamodel.annotation.TimestampStorage;
import java.time.Instant;

// tag::post[]
@Entity(table = "Posts")
@Timestamps(storage = TimestampStorage.EPOCH_MILLIS)
public record Post(@HashKey String id, String text, Instant createdAt, Instant updatedAt) {
}
// end::post[]
