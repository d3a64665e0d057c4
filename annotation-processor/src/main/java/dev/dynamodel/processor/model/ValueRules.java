package dev.dynamodel.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;

/**
 * The rules on one value, mirroring its Java structure: a list, set or map has rules for its
 * elements (or map values) too, down to the leaf type.
 *
 * @param javaType       the value's Java type, as generated code declares it
 * @param shape          what kind of value it is
 * @param constraints    the rules on the value itself, in declaration order
 * @param element        for a list or set its element, for a map its value
 * @param schema         for a document, its generated schema
 * @param validateNested a document whose schema checks rules of its own (so {@code validate} is called)
 * @param defaultNested  a document whose schema applies defaults (so {@code applyDefaults} is called)
 */
public record ValueRules(
        TypeName javaType,
        Shape shape,
        List<Constraint> constraints,
        Optional<ValueRules> element,
        Optional<ClassName> schema,
        boolean validateNested,
        boolean defaultNested) {

    /** Whether generated {@code validate} has anything to check here or below. */
    public boolean validates() {
        return !constraints.isEmpty() || validateNested || element.map(ValueRules::validates).orElse(false);
    }

    /** Whether generated {@code applyDefaults} must look into this value (documents in sets are not reached). */
    public boolean defaults() {
        return shape != Shape.SET && (defaultNested || element.map(ValueRules::defaults).orElse(false));
    }
}
