package dev.dynamodel.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.dynamodel.processor.Names;
import dev.dynamodel.processor.model.Constraint;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.Shape;
import dev.dynamodel.processor.model.TypeDeclaration;
import dev.dynamodel.processor.model.ValueRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code validate(T, Violations)} and {@code validateAttribute}, both calling one
 * {@code checkX} method per property with rules, which checks the value with straight-line code;
 * lists, sets and maps are walked only where their elements have rules, nested documents checked through their own schemas. Nothing is allocated
 * unless a rule is broken.
 */
final class ValidationWriter {
    private static final ClassName MAP_ENTRY = ClassName.get(Map.Entry.class);

    private final ConstraintCode code;
    private final Names.Members members;

    ValidationWriter(StaticFields fields, Names.Members members) {
        this.code = new ConstraintCode(fields);
        this.members = members;
    }

    /** Where a violation of the value being checked is reported: a named attribute or map key, or a list index. */
    private record Segment(boolean index, CodeBlock expression) {
        static Segment name(CodeBlock expression) {
            return new Segment(false, expression);
        }

        CodeBlock add(String rule, CodeBlock message) {
            return CodeBlock.of("violations.$L($L,$W$S,$W$L)", index ? "addAt" : "add", expression, rule, message);
        }

        CodeBlock enter() {
            return CodeBlock.of("violations.$L($L)", index ? "enterIndex" : "enter", expression);
        }
    }

    /** {@code validate(value, violations)}: each constrained field's check method, then the type's own rules. */
    MethodSpec validate(TypeDeclaration declaration) {
        CodeBlock.Builder body = CodeBlock.builder();
        List<Property> properties = declaration.properties();
        for (int i = 0; i < properties.size(); i++) {
            Property property = properties.get(i);
            if (declaration.rules().of(i).value().validates()) {
                body.addStatement("$L($L, violations)", members.check(property.javaName()),
                        Accessors.read(property.read(), "value"));
            }
        }
        for (Constraint constraint : declaration.rules().typeConstraints()) {
            CodeBlock violated = code.violated(constraint, Shape.DOCUMENT, declaration.type(), CodeBlock.of("value"));
            body.beginControlFlow("if ($L)", violated)
                    .addStatement("violations.addHere($S,$W$L)", constraint.rule(),
                            code.message(constraint, Shape.DOCUMENT))
                    .endControlFlow();
        }
        return MethodSpec.methodBuilder("validate")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(declaration.type(), "value")
                .addParameter(RuntimeTypes.VIOLATIONS, "violations")
                .addCode(body.build())
                .build();
    }

    /**
     * {@code validateAttribute(name, value, violations)}: the check method of one field, for updates
     * that set it. A null value of a primitive field is skipped (an update cannot store one).
     */
    MethodSpec validateAttribute(TypeDeclaration declaration) {
        CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (name)");
        List<Property> properties = declaration.properties();
        for (int i = 0; i < properties.size(); i++) {
            Property property = properties.get(i);
            ValueRules rules = declaration.rules().of(i).value();
            if (!rules.validates()) {
                continue;
            }
            String check = members.check(property.javaName());
            if (rules.javaType().isPrimitive()) {
                body.beginControlFlow("case $S ->", property.storedName())
                        .beginControlFlow("if (value != null)")
                        .addStatement("$L(($T) value, violations)", check, rules.javaType().box())
                        .endControlFlow()
                        .endControlFlow();
            } else {
                body.addStatement("case $S -> $L(($T) value, violations)", property.storedName(), check,
                        rules.javaType());
            }
        }
        // Other names have no rules: nothing to check.
        body.endControlFlow();
        return MethodSpec.methodBuilder("validateAttribute")
                .addAnnotation(Override.class)
                .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build())
                .addModifiers(Modifier.PUBLIC)
                .addParameter(String.class, "name")
                .addParameter(Object.class, "value")
                .addParameter(RuntimeTypes.VIOLATIONS, "violations")
                .addCode(body.build())
                .build();
    }

    /**
     * {@code checkX(value, violations)}, one per field with rules: the field's checks, written once
     * and called by both {@code validate} and {@code validateAttribute}.
     */
    List<MethodSpec> checks(TypeDeclaration declaration) {
        List<MethodSpec> methods = new ArrayList<>();
        List<Property> properties = declaration.properties();
        for (int i = 0; i < properties.size(); i++) {
            Property property = properties.get(i);
            ValueRules rules = declaration.rules().of(i).value();
            if (!rules.validates()) {
                continue;
            }
            NameAllocator names = new NameAllocator();
            names.newName("value");
            names.newName("violations");
            CodeBlock.Builder body = CodeBlock.builder();
            check(body, rules, "value", Segment.name(CodeBlock.of("$S", property.storedName())), names);
            methods.add(MethodSpec.methodBuilder(members.check(property.javaName()))
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addParameter(rules.javaType(), "value")
                    .addParameter(RuntimeTypes.VIOLATIONS, "violations")
                    .addCode(body.build())
                    .build());
        }
        return methods;
    }

    private void check(CodeBlock.Builder body, ValueRules rules, String value, Segment segment, NameAllocator names) {
        List<Constraint> onNull = rules.constraints().stream().filter(ConstraintCode::failsOnNull).toList();
        boolean nonNullWork = rules.validateNested() || rules.element().map(ValueRules::validates).orElse(false)
                || rules.constraints().stream().anyMatch(c -> code.violated(c, rules.shape(), rules.javaType(), CodeBlock.of(value)) != null);
        if (rules.javaType().isPrimitive()) {
            nonNull(body, rules, value, segment, names);
            return;
        }
        if (!onNull.isEmpty()) {
            body.beginControlFlow("if ($L == null)", value);
            for (Constraint constraint : onNull) {
                body.addStatement(segment.add(constraint.rule(), code.message(constraint, rules.shape())));
            }
            if (nonNullWork) {
                body.nextControlFlow("else");
                nonNull(body, rules, value, segment, names);
            }
            body.endControlFlow();
        } else if (nonNullWork) {
            body.beginControlFlow("if ($L != null)", value);
            nonNull(body, rules, value, segment, names);
            body.endControlFlow();
        }
    }

    private void nonNull(CodeBlock.Builder body, ValueRules rules, String value, Segment segment, NameAllocator names) {
        for (Constraint constraint : rules.constraints()) {
            CodeBlock violated = code.violated(constraint, rules.shape(), rules.javaType(), CodeBlock.of(value));
            if (violated != null) {
                body.beginControlFlow("if ($L)", violated)
                        .addStatement(segment.add(constraint.rule(), code.message(constraint, rules.shape())))
                        .endControlFlow();
            }
        }
        if (rules.element().map(ValueRules::validates).orElse(false)) {
            body.addStatement(segment.enter());
            elements(body, rules, value, names);
            body.addStatement("violations.leave()");
        }
        if (rules.validateNested()) {
            body.addStatement(segment.enter())
                    .addStatement("$T.INSTANCE.validate($L, violations)", rules.schema().orElseThrow(), value)
                    .addStatement("violations.leave()");
        }
    }

    private void elements(CodeBlock.Builder body, ValueRules rules, String value, NameAllocator names) {
        ValueRules element = rules.element().orElseThrow();
        String e = names.newName("e0");
        if (rules.shape() == Shape.MAP) {
            String entry = names.newName("entry");
            TypeName entryType = ParameterizedTypeName.get(MAP_ENTRY, ClassName.get(String.class), element.javaType().box());
            body.beginControlFlow("for ($T $L : $L.entrySet())", entryType, entry, value)
                    .addStatement("$T $L = $L.getValue()", element.javaType(), e, entry);
            check(body, element, e, Segment.name(CodeBlock.of("$L.getKey()", entry)), names);
            body.endControlFlow();
            return;
        }
        String index = names.newName("i0");
        body.addStatement("int $L = 0", index)
                .beginControlFlow("for ($T $L : $L)", element.javaType(), e, value);
        check(body, element, e, new Segment(true, CodeBlock.of("$L", index)), names);
        body.addStatement("$L++", index).endControlFlow();
    }
}
