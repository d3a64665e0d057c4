package dev.dynamodel.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.WildcardTypeName;
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
            DefaultsWriter defaults = new DefaultsWriter(fields);
            spec.addMethod(defaults.applyDefaults(declaration));
            if (declaration.isEntity()) {
                spec.addMethod(defaults.defaultActions(declaration, new ValueCodeWriter()));
            }
        }
        if (declaration.isEntity() && rules.validates()) {
            spec.addMethod(DefaultsWriter.requiredAttributes(declaration));
        }
        if (rules.validates()) {
            ValidationWriter validation = new ValidationWriter(fields);
            spec.addMethod(validation.validate(declaration));
            spec.addMethod(validation.validateAttribute(declaration));
        }
        nestedSchema(declaration).ifPresent(spec::addMethod);
        TimestampsWriter timestamps = new TimestampsWriter();
        rules.timestamps().ifPresent(t -> spec.addMethod(timestamps.applyTimestamps(declaration, t)));
        rules.timestamps().ifPresent(t -> spec.addMethod(timestamps.timestampActions(t, new ValueCodeWriter())));
        rules.ttlAttribute().ifPresent(attribute -> spec.addMethod(timestamps.ttlAttribute(attribute)));
        fields.addTo(spec);
    }

    /** {@code nestedSchema(name)}: the schema of each nested document field, for validating updates of its fields. */
    private static java.util.Optional<MethodSpec> nestedSchema(TypeDeclaration declaration) {
        CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (name)");
        boolean any = false;
        for (Property property : declaration.properties()) {
            if (property.type() instanceof ValueType.Nested nested) {
                body.addStatement("case $S: return $T.INSTANCE", property.storedName(), nested.schema());
                any = true;
            }
        }
        if (!any) {
            return java.util.Optional.empty();
        }
        body.addStatement("default: return null").endControlFlow();
        return java.util.Optional.of(MethodSpec.methodBuilder("nestedSchema")
                .addAnnotation(Override.class)
                .addModifiers(javax.lang.model.element.Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get("dev.dynamodel.schema", "DocumentSchema"),
                        WildcardTypeName.subtypeOf(Object.class)))
                .addParameter(String.class, "name")
                .addCode(body.build())
                .build());
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
