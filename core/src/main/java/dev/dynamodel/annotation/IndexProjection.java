package dev.dynamodel.annotation;

/** The attributes a secondary index holds besides its keys and the table's keys. */
public enum IndexProjection {
    /** Every attribute. */
    ALL,
    /** Only the keys. */
    KEYS_ONLY,
    /** The keys and the fields listed in {@code include}. */
    INCLUDE
}
