package dev.dynamodel.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.TypeDeclaration;
import javax.lang.model.element.Modifier;

/**
 * The optimistic-locking part of an entity schema: which attribute is the version, how to read it,
 * and how to make the entity with a new version (a copy through the constructor for records and
 * immutable classes, the setter or field otherwise).
 */
final class VersionMethods {
    private VersionMethods() {
    }

    static void addTo(TypeSpec.Builder spec, TypeDeclaration declaration, Property version) {
        ClassName type = declaration.type();
        spec.addMethod(MethodSpec.methodBuilder("versionAttribute")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.OPTIONAL, ClassName.get(String.class)))
                .addStatement("return $T.of($S)", RuntimeTypes.OPTIONAL, version.storedName())
                .build());
        TypeName javaType = version.type().javaType();
        CodeBlock read = SchemaWriter.read(version, "entity");
        CodeBlock asLong = javaType.isPrimitive()
                ? CodeBlock.of("return (long) $L", read)
                : CodeBlock.of("return $L == null ? null : $L.longValue()", read, read);
        spec.addMethod(MethodSpec.methodBuilder("versionOf")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ClassName.get(Long.class))
                .addParameter(type, "entity")
                .addStatement(asLong)
                .build());
        boolean isInt = javaType.equals(TypeName.INT) || javaType.equals(ClassName.get(Integer.class));
        CodeBlock newValue = isInt ? CodeBlock.of("(int) version") : CodeBlock.of("version");
        MethodSpec.Builder with = MethodSpec.methodBuilder("withVersion")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addParameter(type, "entity")
                .addParameter(TypeName.LONG, "version");
        if (declaration.construction() == TypeDeclaration.Construction.NO_ARGUMENTS_THEN_SET) {
            with.addStatement(SchemaWriter.write(version, "entity", newValue)).addStatement("return entity");
        } else {
            CodeBlock.Builder args = CodeBlock.builder();
            for (TypeDeclaration.ConstructorArg arg : declaration.constructorArgs()) {
                if (!args.isEmpty()) {
                    args.add(",$W");
                }
                boolean isVersion = arg.property().map(p -> p.javaName().equals(version.javaName())).orElse(false);
                if (isVersion) {
                    args.add(newValue);
                } else if (arg.property().isPresent()) {
                    args.add(SchemaWriter.read(arg.property().get(), "entity"));
                } else {
                    args.add("entity.$L()", arg.javaName()); // an ignored record component keeps its value
                }
            }
            with.addStatement("return new $T($L)", type, args.build());
        }
        spec.addMethod(with.build());
    }
}
