package dev.dynamodel.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a {@link Family} member fills the keys of one of the family's indexes (index overloading:
 * each member puts its own composition in {@code gsi1pk}/{@code gsi1sk}). When a field of the
 * template is null the index attributes are left out, so the item is not in the index (a sparse index).
 *
 * <pre>{@code
 * @IndexKeyTemplate(index = "gsi2", partition = "STATUS#{status}", sort = "{placedAt}")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(IndexKeyTemplates.class)
public @interface IndexKeyTemplate {
    /** The name of an index the family declares. */
    String index();

    /** The index's partition key. */
    String partition();

    /** The index's sort key; required when the index has one. */
    String sort() default "";
}
