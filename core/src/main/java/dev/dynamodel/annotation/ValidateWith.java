package dev.dynamodel.annotation;

import dev.dynamodel.Validator;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks a value with your own {@link Validator}, on every write. On a field (or a type argument,
 * {@code List<@ValidateWith(Isbn.class) String>}) it checks that value when it is not null; on an
 * entity or document type it checks the whole value, for rules that span fields.
 *
 * <pre>{@code
 * @ValidateWith(IsbnValidator.class) String isbn
 *
 * @Document @ValidateWith(DateRangeValidator.class)
 * public record Stay(LocalDate from, LocalDate to) {}
 * }</pre>
 *
 * <p>The validator's type argument must accept the annotated type; this is checked at compile time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.TYPE_USE, ElementType.TYPE})
public @interface ValidateWith {
    /** A {@link Validator} with an accessible no-argument constructor. */
    Class<? extends Validator<?>> value();
}
