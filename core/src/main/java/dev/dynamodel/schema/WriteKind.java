package dev.dynamodel.schema;

/**
 * Which kind of write the pipeline prepares an entity for; it decides how timestamps are stamped.
 *
 * <pre>{@code
 * Movie ready = schema.prepareForWrite(movie, WriteKind.SAVE, clock);
 * }</pre>
 */
public enum WriteKind {
    /** A new item ({@code create}): created-at and updated-at are both set to now. */
    CREATE,
    /** A whole item that may replace another ({@code save}, batch and transaction puts): updated-at
     *  is set to now, created-at is kept when the entity carries one, else set to now. */
    SAVE,
    /** A partial update: updated-at is set to now; created-at is left to the update expression
     *  ({@code if_not_exists}), since the entity does not know the stored one. */
    UPDATE
}
