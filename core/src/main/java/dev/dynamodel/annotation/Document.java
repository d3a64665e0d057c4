package dev.dynamodel.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record or class that is stored inside an entity as a DynamoDB map (type {@code M}).
 * The processor generates {@code <Name>Schema} for it; it has no table and no key.
 *
 * <pre>{@code
 * @Document
 * public record Address(String street, String city, String zip) {}
 * }</pre>
 *
 * <p>On a sealed interface it declares a polymorphic document: a field of the interface's type
 * is stored as the map of whichever permitted record it holds, with {@link #typeAttribute()}
 * naming the record, and read back as that record.
 *
 * <pre>{@code
 * @Document
 * public sealed interface Payment permits Card, Invoice {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Document {
    /**
     * Only on a sealed interface whose permitted types are {@code @Document}s (a polymorphic
     * document): the attribute of the stored map that names which one it is, by its
     * {@link EntityType} name or simple name. Ignored on a record or class.
     */
    String typeAttribute() default "_type";
}
