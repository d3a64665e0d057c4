package dev.dynamodel.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * The write rules of one type: defaults and validation per property, type-level validators,
 * timestamps, time to live and the catch-all for unknown attributes.
 *
 * @param properties       one per {@link TypeDeclaration#properties()}, in the same order
 * @param typeConstraints  {@code @ValidateWith} on the type itself
 * @param timestamps       an entity's {@code @Timestamps}
 * @param ttlAttribute     the stored name of the {@code @Ttl} attribute
 * @param unknown          the {@code @Unknown} field
 * @param argumentReaders  for rebuilding an immutable instance: per constructor argument that is
 *                         not a property ({@code @Ignore}, {@code @Unknown}), how to read it back
 *                         from the old instance; empty for property arguments
 */
public record TypeRules(
        List<PropertyRules> properties,
        List<Constraint> typeConstraints,
        Optional<TimestampRules> timestamps,
        Optional<String> ttlAttribute,
        Optional<UnknownField> unknown,
        List<Optional<Property.Access>> argumentReaders) {

    /** The rules of the property at this position. */
    public PropertyRules of(int index) {
        return properties.get(index);
    }

    public boolean validates() {
        return !typeConstraints.isEmpty() || properties.stream().anyMatch(p -> p.value().validates());
    }

    public boolean defaults() {
        return properties.stream().anyMatch(p -> p.defaultValue().isPresent() || p.value().defaults());
    }
}
