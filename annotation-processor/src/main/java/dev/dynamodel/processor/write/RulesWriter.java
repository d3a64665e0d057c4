package dev.dynamodel.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.WildcardTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dynamodel.processor.Names;
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
    private final Names.Members members;

    RulesWriter(Names.Members members) {
        this.members = members;
    }

    void addTo(TypeSpec.Builder spec, TypeDeclaration declaration) {
        StaticFields fields = new StaticFields(members);
        UnknownsCode.declareNames(fields, members, declaration);
        TypeRules rules = declaration.rules();
        if (rules.defaults()) {
            DefaultsWriter defaults = new DefaultsWriter(fields);
            spec.addMethod(defaults.applyDefaults(declaration));
            if (declaration.isEntity()) {
                spec.addMethod(defaults.defaultActions(declaration, members));
            }
        }
        if (declaration.isEntity() && rules.validates()) {
            spec.addMethod(DefaultsWriter.requiredAttributes(declaration));
        }
        if (rules.validates()) {
            ValidationWriter validation = new ValidationWriter(fields, members);
            spec.addMethod(validation.validate(declaration));
            spec.addMethod(validation.validateAttribute(declaration));
            validation.checks(declaration).forEach(spec::addMethod);
        }
        nestedSchema(declaration).ifPresent(spec::addMethod);
        TimestampsWriter timestamps = new TimestampsWriter();
        rules.timestamps().ifPresent(t -> spec.addMethod(timestamps.applyTimestamps(declaration, t)));
        rules.timestamps().ifPresent(t -> spec.addMethod(timestamps.timestampActions(t, members)));
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
                .returns(ParameterizedTypeName.get(RuntimeTypes.DOCUMENT_SCHEMA,
                        WildcardTypeName.subtypeOf(Object.class)))
                .addParameter(String.class, "name")
                .addCode(body.build())
                .build());
    }
}
