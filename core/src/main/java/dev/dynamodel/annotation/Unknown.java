package dev.dynamodel.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A catch-all for stored attributes the type does not declare. Without it they are ignored on
 * read (and so lost on the next {@code save}); with it they are kept, as raw values, and written
 * back unchanged. The field's type must be {@code Map<String, AttributeValue>}; at most one per type.
 *
 * <pre>{@code
 * @Entity
 * public record Profile(@HashKey String id, String name, @Unknown Map<String, AttributeValue> other) {}
 * }</pre>
 *
 * <p>It reads as {@code null} when the item has no undeclared attribute. On write, an entry named
 * like a declared attribute is skipped: the declared field always wins.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Unknown {
}
