package dev.dynamodel.processor.model;

/**
 * The {@code @Unknown} catch-all field of a type.
 *
 * @param javaName         its name
 * @param read             how generated code reads it
 * @param write            how generated code sets it (a constructor argument for records)
 * @param constructorIndex its position among the constructor arguments, or -1 when set after construction
 */
public record UnknownField(String javaName, Property.Access read, Property.Access write, int constructorIndex) {
}
