package dev.dynamodel.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The type name a {@link Family} member writes into the family's type attribute; without it, the
 * entity's simple name. Names must be unique within the family.
 *
 * <pre>{@code
 * @EntityType("ORDER_LINE")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface EntityType {
    String value();
}
