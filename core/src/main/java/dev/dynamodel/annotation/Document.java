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
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Document {
}
