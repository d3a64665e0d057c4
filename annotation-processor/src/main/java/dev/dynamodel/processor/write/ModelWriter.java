package dev.dynamodel.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dynamodel.processor.Names;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.TypeDeclaration;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Name>Model}: the entity's {@code Model} with the methods that take its typed key.
 */
public final class ModelWriter {

    public JavaFile write(TypeDeclaration declaration) {
        TypeDeclaration.Table table = declaration.table().orElseThrow();
        ClassName type = declaration.type();
        ClassName schema = Names.schemaClass(type);
        ClassName model = Names.modelClass(type);
        List<Property> keys = KeyMethods.keyProperties(table);
        CodeBlock keyArguments = CodeBlock.of("$L", String.join(", ", keys.stream().map(Property::javaName).toList()));

        TypeSpec.Builder spec = TypeSpec.classBuilder(model)
                .addAnnotation(Generated.annotation())
                .addJavadoc("Reads and writes {@link $T} items in table {@code $L} (plus the runtime's prefix).\n",
                        type, table.name())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.MODEL, type))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(RuntimeTypes.DYNAMO, "dynamo")
                        .addStatement("super(dynamo, $T.INSTANCE)", schema)
                        .build())
                .addMethod(MethodSpec.methodBuilder("of")
                        .addJavadoc("A model over the runtime's client and options.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(model)
                        .addParameter(RuntimeTypes.DYNAMO, "dynamo")
                        .addStatement("return new $T(dynamo)", model)
                        .build());

        MethodSpec.Builder get = MethodSpec.methodBuilder("get")
                .addJavadoc("The item with this key, if there is one.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.OPTIONAL, type));
        MethodSpec.Builder delete = MethodSpec.methodBuilder("delete")
                .addJavadoc("Deletes the item with this key; a missing item is not an error.\n")
                .addModifiers(Modifier.PUBLIC);
        for (Property key : keys) {
            get.addParameter(key.type().javaType(), key.javaName());
            delete.addParameter(key.type().javaType(), key.javaName());
        }
        spec.addMethod(get.addStatement("return getByKey($T.INSTANCE.key($L))", schema, keyArguments).build());
        spec.addMethod(delete.addStatement("deleteByKey($T.INSTANCE.key($L))", schema, keyArguments).build());
        return JavaFile.builder(model.packageName(), spec.build()).skipJavaLangImports(true).indent("    ").build();
    }
}
