package dev.dynamodel.processor.write;

import static dev.dynamodel.processor.write.RuntimeTypes.ATTRIBUTE_VALUE;
import static dev.dynamodel.processor.write.RuntimeTypes.ENTITY_SCHEMA;
import static dev.dynamodel.processor.write.RuntimeTypes.INDEX_DEFINITION;
import static dev.dynamodel.processor.write.RuntimeTypes.KEY_ATTRIBUTE;
import static dev.dynamodel.processor.write.RuntimeTypes.MAP;
import static dev.dynamodel.processor.write.RuntimeTypes.OPTIONAL;
import static dev.dynamodel.processor.write.RuntimeTypes.SCALAR_ATTRIBUTE_TYPE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.dynamodel.processor.Names;
import dev.dynamodel.processor.model.FamilyDeclaration;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes a family's {@code <Name>Schema} (the shared table, its indexes, the members, and the
 * switch on the type attribute that picks the member of an item) and {@code <Name>Model}.
 */
public final class FamilyWriter {
    private static final TypeName ITEM = ParameterizedTypeName.get(MAP, ClassName.get(String.class), ATTRIBUTE_VALUE);
    private static final ClassName PROJECTION_TYPE =
            ClassName.get("software.amazon.awssdk.services.dynamodb.model", "ProjectionType");

    private final boolean markGenerated;

    public FamilyWriter(boolean markGenerated) {
        this.markGenerated = markGenerated;
    }

    public JavaFile schema(FamilyDeclaration family) {
        ClassName type = family.type();
        ClassName schema = Names.schemaClass(type);
        TypeName member = ParameterizedTypeName.get(ENTITY_SCHEMA, WildcardTypeName.subtypeOf(type));
        TypeName members = ParameterizedTypeName.get(ClassName.get(List.class), member);
        Names.Members names = new Names.Members("INSTANCE", "HASH_KEY", "RANGE_KEY", "MEMBERS");
        TypeSpec.Builder spec = TypeSpec.classBuilder(schema)
                .addJavadoc("Schema of family {@link $T}:\nits table, indexes and members, and which member reads an item.\n",
                        type)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.FAMILY_SCHEMA, type))
                .addField(FieldSpec.builder(schema, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The one instance; the schema holds no state.\n")
                        .initializer("new $T()", schema).build());
        Generated.addTo(spec, markGenerated);
        List<String> indexConstants = new ArrayList<>();
        for (FamilyDeclaration.Index index : family.indexes()) {
            String constant = names.index(index.name());
            indexConstants.add(constant);
            spec.addField(FieldSpec.builder(INDEX_DEFINITION, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Global secondary index {@code $L}.\n", index.name())
                    .initializer("new $T($S,$W$T.GLOBAL,$W$L,$W$L,$W$T.ALL,$W$T.of())", INDEX_DEFINITION, index.name(),
                            INDEX_DEFINITION.nestedClass("Kind"), keyAttribute(index.partitionKey()),
                            index.sortKey() == null ? "null" : keyAttribute(index.sortKey()), PROJECTION_TYPE, List.class)
                    .build());
        }
        TypeName optionalKey = ParameterizedTypeName.get(OPTIONAL, KEY_ATTRIBUTE);
        spec.addField(FieldSpec.builder(KEY_ATTRIBUTE, "HASH_KEY", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(keyAttribute(family.partitionKey())).build());
        spec.addField(FieldSpec.builder(optionalKey, "RANGE_KEY", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(family.sortKey() == null ? CodeBlock.of("$T.empty()", OPTIONAL)
                        : CodeBlock.of("$T.of($L)", OPTIONAL, keyAttribute(family.sortKey())))
                .build());
        spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        spec.addMethod(constant("entityName", ClassName.get(String.class), CodeBlock.of("$S", type.simpleName())));
        spec.addMethod(constant("tableName", ClassName.get(String.class), CodeBlock.of("$S", family.table())));
        spec.addMethod(constant("hashKey", KEY_ATTRIBUTE, CodeBlock.of("HASH_KEY")));
        spec.addMethod(constant("rangeKey", optionalKey, CodeBlock.of("RANGE_KEY")));
        spec.addMethod(constant("indexes", ParameterizedTypeName.get(ClassName.get(List.class), INDEX_DEFINITION),
                CodeBlock.of("$T.of($L)", List.class, String.join(", ", indexConstants))));
        spec.addMethod(constant("typeAttribute", ClassName.get(String.class), family.typeAttribute() == null
                ? CodeBlock.of("null") : CodeBlock.of("$S", family.typeAttribute())));
        spec.addMethod(constant("members", members, CodeBlock.of("$T.of($L)", List.class,
                CodeBlock.join(family.members().stream().map(m -> CodeBlock.of("$T.INSTANCE", Names.schemaClass(m.type())))
                        .toList(), ",$W"))));
        spec.addMethod(memberOf(family, member));
        spec.addMethod(dispatch("toItem", ITEM, family));
        spec.addMethod(dispatch("keyOf", ITEM, family));
        return JavaFile.builder(schema.packageName(), spec.build()).skipJavaLangImports(true).indent("    ").build();
    }

    public JavaFile model(FamilyDeclaration family) {
        ClassName type = family.type();
        ClassName model = Names.modelClass(type);
        TypeSpec.Builder spec = TypeSpec.classBuilder(model)
                .addJavadoc("Collections and the table of family {@link $T},\ntable {@code $L} (plus the runtime's prefix).\n",
                        type, family.table())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.FAMILY_MODEL, type))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(RuntimeTypes.DYNAMO, "dynamo")
                        .addStatement("super(dynamo, $T.INSTANCE)", Names.schemaClass(type))
                        .build())
                .addMethod(MethodSpec.methodBuilder("of")
                        .addJavadoc("A family model over the runtime's client and options.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(model)
                        .addParameter(RuntimeTypes.DYNAMO, "dynamo")
                        .addStatement("return new $T(dynamo)", model)
                        .build());
        Generated.addTo(spec, markGenerated);
        return JavaFile.builder(model.packageName(), spec.build()).skipJavaLangImports(true).indent("    ").build();
    }

    /** A switch on the type attribute; without one, the members' key templates decide (FamilySchema.memberByKeys). */
    private static MethodSpec memberOf(FamilyDeclaration family, TypeName member) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("memberOf")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(member)
                .addParameter(ITEM, "item");
        if (family.typeAttribute() == null) {
            return method.addStatement("return memberByKeys(item)").build();
        }
        method.addStatement("$T type = $T.typeName(item, $S)", String.class, RuntimeTypes.FAMILIES, family.typeAttribute())
                .beginControlFlow("if (type == null)")
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("switch (type)");
        for (FamilyDeclaration.Member m : family.members()) {
            method.addCode("case $S: return $T.INSTANCE;\n", m.typeName(), Names.schemaClass(m.type()));
        }
        return method.addCode("default: return null;\n").endControlFlow().build();
    }

    /** {@code toItem} and {@code keyOf} for a value of any member: the member's own schema does it. */
    private static MethodSpec dispatch(String name, TypeName returns, FamilyDeclaration family) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addParameter(family.type(), "value");
        for (FamilyDeclaration.Member member : family.members()) {
            ClassName m = member.type();
            method.beginControlFlow("if (value instanceof $T)", m)
                    .addStatement("return $T.INSTANCE.$L(($T) value)", Names.schemaClass(m), name, m)
                    .endControlFlow();
        }
        return method.addStatement("throw $T.notAMember($S, value)", RuntimeTypes.FAMILIES, family.type().simpleName())
                .build();
    }

    private static MethodSpec constant(String name, TypeName type, CodeBlock value) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addStatement("return $L", value)
                .build();
    }

    private static CodeBlock keyAttribute(String name) {
        return CodeBlock.of("new $T($S, $T.S)", KEY_ATTRIBUTE, name, SCALAR_ATTRIBUTE_TYPE);
    }
}
