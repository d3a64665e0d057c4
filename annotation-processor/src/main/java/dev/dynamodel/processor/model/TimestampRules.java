package dev.dynamodel.processor.model;

import java.util.Optional;

/**
 * An entity's {@code @Timestamps}: which properties are stamped and in which form.
 *
 * @param createdAt set on create (and on save when the entity carries none)
 * @param updatedAt set on every write
 */
public record TimestampRules(Optional<Stamp> createdAt, Optional<Stamp> updatedAt) {

    /** One stamped property and the Java form of the value it gets. */
    public record Stamp(Property property, Form form) {
    }

    /** The value written into the field, derived from the write's instant. */
    public enum Form {
        /** An Instant kept whole (stored as the ISO-8601 string). */
        INSTANT,
        /** An Instant truncated to milliseconds (stored as epoch milliseconds). */
        INSTANT_MILLIS,
        /** An Instant truncated to seconds (stored as epoch seconds). */
        INSTANT_SECONDS,
        /** A long of epoch milliseconds. */
        EPOCH_MILLIS,
        /** A long of epoch seconds. */
        EPOCH_SECONDS
    }
}
