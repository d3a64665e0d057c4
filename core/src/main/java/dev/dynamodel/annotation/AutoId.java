package dev.dynamodel.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A generated identifier as the field's default: written on every write in which the field is
 * {@code null}, so {@code create} returns the entity carrying it. Meant for keys, allowed on any
 * stored field; a {@code String} field takes every kind, a {@code java.util.UUID} field the two
 * UUID kinds. Checked at compile time.
 *
 * <pre>{@code
 * @Entity(table = "orders")
 * public record Order(@HashKey @AutoId(IdKind.ULID) String id, String customer) {}
 *
 * Order stored = orders.create(new Order(null, "c-1"));
 * stored.id();   // "01JDQ6Z4X8M3V1T0K9R2B5N7CE"
 * }</pre>
 *
 * <p>A field takes one default: {@code @AutoId}, {@link Default} or {@link DefaultSupplier}. The
 * generators are {@code Ids} in package {@code dev.dynamodel.id}, callable from your own code too.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface AutoId {
    /** Which identifier. */
    IdKind value();
}
