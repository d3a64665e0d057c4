package dev.dynamodel.annotation;

import dev.dynamodel.AttributeConverter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores values of a type through an {@link AttributeConverter}. Each converter applies to every
 * value of its Java type inside the annotated field, type or package: the field itself, list and
 * set elements and map values, at any depth.
 *
 * <pre>{@code
 * @Convert(MoneyConverter.class) Money price,          // one field
 * @Convert(MoneyConverter.class) List<Money> history,  // each element
 *
 * @Entity @Convert({MoneyConverter.class, SkuConverter.class})  // every field of the type
 * public record Order(...) {}
 * }</pre>
 *
 * <p>On a {@code package-info.java} it applies to every entity and document of that package. A
 * field's own converters come first, then its type's, then its package's. The converter's types are
 * checked at compile time: its stored type must be one Dynamodel stores, and a field converter must
 * convert a type that occurs in the field.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.TYPE, ElementType.PACKAGE})
public @interface Convert {
    /** Converter classes, each with an accessible no-argument constructor. */
    Class<? extends AttributeConverter<?, ?>>[] value();
}
