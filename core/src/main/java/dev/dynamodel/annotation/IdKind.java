package dev.dynamodel.annotation;

/** The identifiers {@link AutoId} generates. */
public enum IdKind {
    /** A random UUID (version 4), as {@code UUID.randomUUID()}: no order. */
    UUID_V4,
    /**
     * A time-ordered UUID (version 7, RFC 9562): 48 bits of Unix milliseconds, then random bits
     * that count up within one millisecond, so that ids made later sort after earlier ones.
     */
    UUID_V7,
    /**
     * A ULID: 26 characters of Crockford base 32, 48 bits of Unix milliseconds then 80 random bits
     * that count up within one millisecond; sorts by time as text.
     */
    ULID
}
