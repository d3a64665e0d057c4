package dev.dynamodel.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The item's expiry time (DynamoDB time to live). Stored as a number of seconds since the epoch,
 * whatever the field's type: an {@code Instant} is converted (and truncated to seconds), a
 * {@code long} or {@code Long} is taken to be epoch seconds already. At most one per entity.
 *
 * <pre>{@code
 * @Entity
 * public record Session(@HashKey String token, String user, @Ttl Instant expiresAt) {}
 * }</pre>
 *
 * <p>{@code createTable()} turns TTL on for this attribute. DynamoDB deletes expired items in the
 * background, typically within days, not at once; to make reads skip items that have expired but
 * are not deleted yet, build the runtime with {@code hideExpiredItems(true)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Ttl {
}
