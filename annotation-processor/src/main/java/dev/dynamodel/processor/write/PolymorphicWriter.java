package dev.dynamodel.processor.write;

import static dev.dynamodel.processor.write.RuntimeTypes.ATTRIBUTE_VALUE;
import static dev.dynamodel.processor.write.RuntimeTypes.MAP;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dynamodel.processor.Names;
import dev.dynamodel.processor.model.FamilyDeclaration;
import dev.dynamodel.processor.model.PolymorphicDeclaration;
import javax.lang.model.element.Modifier;

/**
 * Writes the schema of a polymorphic document (a {@code @Document} sealed interface): each value is
 * stored as its own document's map plus the type attribute, and read back by a switch on it.
 * Validation and defaults go to the permitted document's schema.
 */
public final class PolymorphicWriter {
    private static final TypeName ITEM = ParameterizedTypeName.get(MAP, ClassName.get(String.class), ATTRIBUTE_VALUE);

    private final boolean markGenerated;

    public PolymorphicWriter(boolean markGenerated) {
        this.markGenerated = markGenerated;
    }

    public JavaFile write(PolymorphicDeclaration declaration) {
        ClassName type = declaration.type();
        ClassName schema = Names.schemaClass(type);
        TypeSpec.Builder spec = TypeSpec.classBuilder(schema)
                .addJavadoc("Schema of polymorphic document {@link $T}:\nstored as one of its permitted documents, "
                        + "named by attribute {@code $L}.\n", type, declaration.typeAttribute())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.DOCUMENT_SCHEMA, type))
                .addField(FieldSpec.builder(schema, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The one instance; the schema holds no state.\n")
                        .initializer("new $T()", schema).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        Generated.addTo(spec, markGenerated);

        MethodSpec.Builder toItem = override("toItem", ITEM).addParameter(type, "value");
        MethodSpec.Builder validate = override("validate", TypeName.VOID).addParameter(type, "value")
                .addParameter(RuntimeTypes.VIOLATIONS, "violations");
        MethodSpec.Builder defaults = override("applyDefaults", type).addParameter(type, "value");
        for (FamilyDeclaration.Member member : declaration.members()) {
            ClassName memberSchema = Names.schemaClass(member.type());
            toItem.beginControlFlow("if (value instanceof $T)", member.type())
                    .addStatement("return $T.tagged($T.INSTANCE.toItem(($T) value),$W$S,$W$S)", RuntimeTypes.FAMILIES,
                            memberSchema, member.type(), declaration.typeAttribute(), member.typeName())
                    .endControlFlow();
            validate.beginControlFlow("if (value instanceof $T)", member.type())
                    .addStatement("$T.INSTANCE.validate(($T) value, violations)", memberSchema, member.type())
                    .endControlFlow();
            defaults.beginControlFlow("if (value instanceof $T)", member.type())
                    .addStatement("return $T.INSTANCE.applyDefaults(($T) value)", memberSchema, member.type())
                    .endControlFlow();
        }
        spec.addMethod(toItem.addStatement("throw $T.notAMember($S, value)", RuntimeTypes.FAMILIES, type.simpleName())
                .build());
        spec.addMethod(validate.build());
        spec.addMethod(defaults.addStatement("return value").build());

        MethodSpec.Builder fromItem = override("fromItem", type).addParameter(ITEM, "item")
                .addStatement("$T name = $T.typeName(item, $S)", String.class, RuntimeTypes.FAMILIES,
                        declaration.typeAttribute())
                .beginControlFlow("if (name != null)")
                .beginControlFlow("switch (name)");
        for (FamilyDeclaration.Member member : declaration.members()) {
            fromItem.addCode("case $S: return $T.INSTANCE.fromItem(item);\n", member.typeName(),
                    Names.schemaClass(member.type()));
        }
        fromItem.addCode("default: break;\n").endControlFlow().endControlFlow()
                .addStatement("throw $T.unknownDocument($S, $S)", RuntimeTypes.FAMILIES, type.simpleName(),
                        declaration.typeAttribute());
        spec.addMethod(fromItem.build());

        spec.addType(TypeSpec.classBuilder("Path")
                .addJavadoc("{@link $T} stored inside another item: a path to the whole value.\n", type)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.DOCUMENT_ATTRIBUTE, type))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(RuntimeTypes.ATTRIBUTE_PATH, "path")
                        .addStatement("super(path, v -> $T.INSTANCE.toAttributeValue(v))", schema)
                        .build())
                .build());
        return JavaFile.builder(schema.packageName(), spec.build()).skipJavaLangImports(true).indent("    ").build();
    }

    private static MethodSpec.Builder override(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
    }
}
