package dev.dynamodel.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stored attribute name, when it differs from the Java name.
 *
 * <pre>{@code
 * @Attribute("created_at") Instant createdAt
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Attribute {
    /** The attribute name in DynamoDB; not empty, unique within the entity. */
    String value();
}
