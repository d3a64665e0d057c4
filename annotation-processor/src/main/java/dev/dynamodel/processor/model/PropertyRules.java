package dev.dynamodel.processor.model;

import java.util.Optional;

/**
 * The write rules of one property.
 *
 * @param value        its validation rules and Java structure
 * @param defaultValue its {@code @Default} or {@code @DefaultSupplier}
 */
public record PropertyRules(ValueRules value, Optional<DefaultValue> defaultValue) {
}
