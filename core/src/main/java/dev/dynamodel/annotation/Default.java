package dev.dynamodel.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A constant written instead of {@code null}. The text is parsed at compile time for the field's
 * type (a number, boolean, enum constant name, UUID, ISO-8601 date-time, or the string itself), so
 * a constant that does not fit is a compile error.
 *
 * <pre>{@code
 * @Default("MEMBER") Role role,
 * @Default(value = "1", force = true) Integer schemaVersion
 * }</pre>
 *
 * <p>Applied on every write before validation; the entity that {@code create} and {@code save}
 * return carries it. For values made at write time (UUIDs, derived keys) use {@link DefaultSupplier}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Default {
    /** The constant, as text. */
    String value();

    /**
     * Write the default even when the field has a value (Dynamoose's {@code forceDefault}), for
     * example a schema version. The only form allowed on a primitive field, which is never null.
     */
    boolean force() default false;
}
