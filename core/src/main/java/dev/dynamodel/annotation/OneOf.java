package dev.dynamodel.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The only values a string (or enum) may hold, like Dynamoose's {@code enum} setting. Null is
 * allowed; add {@code @NotNull} to forbid it. On an enum field the values are constant names and
 * must exist, checked at compile time.
 *
 * <pre>{@code
 * @OneOf({"draft", "published"}) String status,
 * List<@OneOf({"red", "green"}) String> colours
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.TYPE_USE})
public @interface OneOf {
    /** The allowed values; at least one. */
    String[] value();

    /** The message of a violation; empty means "must be one of [...]". */
    String message() default "";
}
