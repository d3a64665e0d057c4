package dev.dynamodel.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.dynamodel.processor.model.Constraint;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.Shape;
import dev.dynamodel.processor.model.TypeDeclaration;
import dev.dynamodel.processor.model.ValueRules;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code validate(T, Violations)}: for each property with rules, its value read once into a
 * local and checked with straight-line code; lists, sets and maps are walked only where their
 * elements have rules, nested documents checked through their own schemas. Nothing is allocated
 * unless a rule is broken.
 */
final class ValidationWriter {
    private static final ClassName MAP_ENTRY = ClassName.get(Map.Entry.class);

    private final ConstraintCode code;

    ValidationWriter(StaticFields fields) {
        this.code = new ConstraintCode(fields);
    }

    /** Where a violation of the value being checked is reported: a named attribute or map key, or a list index. */
    private record Segment(boolean index, CodeBlock expression) {
        static Segment name(CodeBlock expression) {
            return new Segment(false, expression);
        }

        CodeBlock add(String rule, CodeBlock message) {
            return CodeBlock.of("violations.$L($L, $S, $L)", index ? "addAt" : "add", expression, rule, message);
        }

        CodeBlock enter() {
            return CodeBlock.of("violations.$L($L)", index ? "enterIndex" : "enter", expression);
        }
    }

    MethodSpec validate(TypeDeclaration declaration) {
        NameAllocator names = new NameAllocator();
        names.newName("value");
        names.newName("violations");
        CodeBlock.Builder body = CodeBlock.builder();
        List<Property> properties = declaration.properties();
        for (int i = 0; i < properties.size(); i++) {
            Property property = properties.get(i);
            ValueRules rules = declaration.rules().of(i).value();
            if (!rules.validates()) {
                continue;
            }
            String local = names.newName(property.javaName());
            body.addStatement("$T $L = $L", rules.javaType(), local, Accessors.read(property.read(), "value"));
            // Loop variables live in this property's block only: siblings may reuse their names.
            check(body, rules, local, Segment.name(CodeBlock.of("$S", property.storedName())), names.clone());
        }
        for (Constraint constraint : declaration.rules().typeConstraints()) {
            body.beginControlFlow("if ($L)", code.violated(constraint, Shape.DOCUMENT, declaration.type(), CodeBlock.of("value")))
                    .addStatement("violations.addHere($S, $L)", constraint.rule(), code.message(constraint, Shape.DOCUMENT))
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
     * {@code validateAttribute(name, value, violations)}: the checks of one field, for updates
     * that set it. A null value of a primitive field is skipped (an update cannot store one).
     */
    MethodSpec validateAttribute(TypeDeclaration declaration) {
        NameAllocator names = new NameAllocator();
        names.newName("name");
        names.newName("value");
        names.newName("violations");
        CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (name)");
        List<Property> properties = declaration.properties();
        for (int i = 0; i < properties.size(); i++) {
            Property property = properties.get(i);
            ValueRules rules = declaration.rules().of(i).value();
            if (!rules.validates()) {
                continue;
            }
            NameAllocator caseNames = names.clone();
            String local = caseNames.newName(property.javaName());
            body.beginControlFlow("case $S:", property.storedName());
            if (rules.javaType().isPrimitive()) {
                body.beginControlFlow("if (value == null)").addStatement("break").endControlFlow()
                        .addStatement("$T $L = ($T) value", rules.javaType(), local, rules.javaType().box());
            } else {
                body.addStatement("$T $L = ($T) value", rules.javaType(), local, rules.javaType());
            }
            check(body, rules, local, Segment.name(CodeBlock.of("$S", property.storedName())), caseNames);
            body.addStatement("break").endControlFlow();
        }
        body.beginControlFlow("default:").addStatement("break").endControlFlow().endControlFlow();
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
