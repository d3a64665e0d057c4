package dev.dynamodel.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record or class as a DynamoDB item type. The annotation processor generates
 * {@code <Name>Schema} and {@code <Name>Model} beside it.
 *
 * <pre>{@code
 * @Entity(table = "Movies")
 * public record Movie(@HashKey int year, @RangeKey String title, MovieInfo info) {}
 * }</pre>
 *
 * <p>An entity may also be stored inside another entity, as a map.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Entity {
    /** The table name; empty means the entity's simple name. A runtime prefix may be added. */
    String table() default "";
}
