package dev.dynamodel.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Optimistic locking: a {@code long}, {@code Long}, {@code int} or {@code Integer} field that
 * {@code create} sets to 1 and every {@code save} and {@code update} checks and increments;
 * {@code delete(entity)} checks it too. A mismatch throws {@code VersionConflictException}.
 *
 * <pre>{@code
 * @Version Long version
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Version {
}
