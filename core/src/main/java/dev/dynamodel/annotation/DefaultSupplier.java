package dev.dynamodel.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A default computed on every write in which the field is {@code null}. The class has an accessible
 * no-argument constructor and implements either {@code java.util.function.Supplier<V>} (a value of
 * its own, such as a random UUID) or {@code java.util.function.Function<E, V>} (a value derived
 * from the entity or document {@code E} being written, such as a composite sort key). {@code V}
 * must fit the field's type; both are checked at compile time.
 *
 * <pre>{@code
 * @HashKey @DefaultSupplier(RandomId.class) String id,
 * @RangeKey @DefaultSupplier(value = OrderSortKey.class, force = true) String sk
 * }</pre>
 *
 * <p>A function receives the value as the caller passed it, before any default is applied.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface DefaultSupplier {
    /** A {@code Supplier<V>} or {@code Function<E, V>} with an accessible no-argument constructor. */
    Class<?> value();

    /** Compute the value on every write, even when the field has one (useful for derived keys). */
    boolean force() default false;
}
