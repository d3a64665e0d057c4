package dev.dynamodel.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The table key of a {@link Family} member, composed from its fields: constant text with
 * {@code {field}} parts naming fields by their Java name.
 *
 * <pre>{@code
 * @Entity
 * @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#{placedAt}#{orderId}")
 * public record Order(String customerId, Instant placedAt, String orderId, ...) implements ShopItem {}
 * }</pre>
 *
 * <p>The generated key methods take the fields ({@code orders.get(customerId, placedAt, orderId)}),
 * never the composed strings. Strings, enums, UUIDs and dates go in as stored; whole numbers are
 * written so that string order is number order (see {@code docs/single-table.md}). The fields are
 * also stored as attributes of their own, which is where reads take them from.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface KeyTemplate {
    /** The partition key, such as {@code CUSTOMER#{customerId}}. */
    String partition();

    /** The sort key, such as {@code ORDER#{placedAt}#{orderId}} or a constant ({@code PROFILE}); required when the table has one. */
    String sort() default "";
}
