package dev.dynamodel.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.TypeDeclaration;
import dev.dynamodel.processor.model.TypeRules;
import dev.dynamodel.processor.model.ValueType;

/**
 * Adds a type's write rules to its schema: {@code applyDefaults}, {@code validate}, and for an
 * entity {@code applyTimestamps} and {@code ttlAttribute}, each only when the type has such rules
 * (the interfaces' defaults do nothing), plus the static fields they and the converters use.
 */
final class RulesWriter {

    void addTo(TypeSpec.Builder spec, TypeDeclaration declaration) {
        StaticFields fields = new StaticFields();
        for (Property property : declaration.properties()) {
            declareConverters(property.type(), fields);
        }
        UnknownsCode.declareNames(fields, declaration);
        TypeRules rules = declaration.rules();
        if (rules.defaults()) {
            spec.addMethod(new DefaultsWriter(fields).applyDefaults(declaration));
        }
        if (rules.validates()) {
            spec.addMethod(new ValidationWriter(fields).validate(declaration));
        }
        TimestampsWriter timestamps = new TimestampsWriter();
        rules.timestamps().ifPresent(t -> spec.addMethod(timestamps.applyTimestamps(declaration, t)));
        rules.ttlAttribute().ifPresent(attribute -> spec.addMethod(timestamps.ttlAttribute(attribute)));
        fields.addTo(spec);
    }

    /** One static instance per converter the type's values go through, at any depth. */
    private static void declareConverters(ValueType type, StaticFields fields) {
        if (type instanceof ValueType.Converted converted) {
            fields.named(converted.field(), converted.converter(), CodeBlock.of("new $T()", converted.converter()));
            declareConverters(converted.stored(), fields);
        } else if (type instanceof ValueType.ListOf list) {
            declareConverters(list.element(), fields);
        } else if (type instanceof ValueType.MapOf map) {
            declareConverters(map.value(), fields);
        } else if (type instanceof ValueType.SetOf set) {
            declareConverters(set.element(), fields);
        }
    }
}
