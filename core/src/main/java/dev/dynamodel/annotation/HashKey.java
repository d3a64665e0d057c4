package dev.dynamodel.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The partition (hash) key of an {@link Entity}: exactly one field or record component.
 * Its type must be scalar: a string-like type (String, enum, UUID, date-time), a number or binary.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface HashKey {
}
