package dev.dynamodel.tests.entities;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.Version;

/** A versioned record for optimistic locking. */
@Entity(table = "counters")
public record Counter(@HashKey String id, long value, String note, @Version Long version) {
    public Counter withValue(long newValue) {
        return new Counter(id, newValue, note, version);
    }
}
