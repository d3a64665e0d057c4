package dev.dynamodel.processor.model;

/**
 * What kind of Java value a field or element holds, as far as validation rules care: which
 * constraints apply to it and how generated checks read it. Unlike {@link ValueType} it describes
 * the Java side only, so a converted {@code String} is still a {@link #STRING}.
 */
public enum Shape {
    STRING, CHAR, BOOLEAN,
    /** int, long, short, byte and their wrappers. */
    INTEGRAL,
    /** double, float and their wrappers. */
    FLOATING,
    BIG_DECIMAL, BIG_INTEGER,
    INSTANT, LOCAL_DATE, LOCAL_DATE_TIME, OFFSET_DATE_TIME,
    ENUM, UUID,
    /** byte[]. */
    BYTES,
    SDK_BYTES,
    LIST, SET, MAP,
    /** An {@code @Document} or {@code @Entity}. */
    DOCUMENT,
    /** Anything else (a converted user type). */
    OTHER;

    public boolean isNumber() {
        return this == INTEGRAL || this == FLOATING || this == BIG_DECIMAL || this == BIG_INTEGER;
    }

    public boolean isTemporal() {
        return this == INSTANT || this == LOCAL_DATE || this == LOCAL_DATE_TIME || this == OFFSET_DATE_TIME;
    }

    /** Whether it has a size: a string's length, a collection's or map's size, a binary's bytes. */
    public boolean isSized() {
        return this == STRING || this == LIST || this == SET || this == MAP || this == BYTES || this == SDK_BYTES;
    }

    public boolean isContainer() {
        return this == LIST || this == SET || this == MAP;
    }
}
