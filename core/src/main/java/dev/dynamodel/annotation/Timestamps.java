package dev.dynamodel.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Has every write stamp created-at and updated-at fields of an {@link Entity}. Both name fields of
 * type {@code Instant}, {@code long} or {@code Long}; an empty name turns that stamp off.
 *
 * <pre>{@code
 * @Entity
 * @Timestamps(storage = TimestampStorage.EPOCH_MILLIS)
 * public record Post(@HashKey String id, String text, Instant createdAt, Instant updatedAt) {}
 * }</pre>
 *
 * <p>{@code create} sets both to the time of the write. {@code save} sets updated-at, and keeps a
 * created-at the entity already carries (else sets it too). The time comes from the runtime's
 * clock ({@code Dynamo.builder(client).clock(clock)}), which tests can fix. A {@code long} field
 * holds the stored number itself: milliseconds or seconds since the epoch.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Timestamps {
    /** The Java name of the created-at field; empty for none. */
    String createdAt() default "createdAt";

    /** The Java name of the updated-at field; empty for none. */
    String updatedAt() default "updatedAt";

    /** How both are stored. */
    TimestampStorage storage() default TimestampStorage.EPOCH_MILLIS;
}
