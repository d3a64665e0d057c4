package dev.dynamodel.annotation;

/** How a {@link Timestamps} attribute is stored. */
public enum TimestampStorage {
    /** A number: milliseconds since 1970-01-01T00:00:00Z. An {@code Instant} field is truncated to milliseconds. */
    EPOCH_MILLIS,
    /** A number: seconds since 1970-01-01T00:00:00Z. An {@code Instant} field is truncated to seconds. */
    EPOCH_SECONDS,
    /**
     * A string in the fixed-width ISO-8601 form every {@code Instant} is stored in
     * ({@code 2024-05-01T10:15:30.000000000Z}), which sorts in time order. Needs an {@code Instant} field.
     */
    ISO_8601
}
