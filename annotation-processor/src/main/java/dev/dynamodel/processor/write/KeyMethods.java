package dev.dynamodel.processor.write;

import static dev.dynamodel.processor.write.RuntimeTypes.ATTRIBUTE_VALUE;
import static dev.dynamodel.processor.write.RuntimeTypes.HASH_MAP;
import static dev.dynamodel.processor.write.RuntimeTypes.KEYS;
import static dev.dynamodel.processor.write.RuntimeTypes.KEY_ATTRIBUTE;
import static dev.dynamodel.processor.write.RuntimeTypes.MAP;
import static dev.dynamodel.processor.write.RuntimeTypes.OPTIONAL;
import static dev.dynamodel.processor.write.RuntimeTypes.SCALAR_ATTRIBUTE_TYPE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dynamodel.processor.Names;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.TypeDeclaration;
import dev.dynamodel.processor.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The table part of an entity's schema: its name, its key attributes, and {@code key(...)}, which
 * builds a key from typed values and refuses null or empty ones before anything is sent.
 */
final class KeyMethods {
    private static final ClassName INDEX_DEFINITION = RuntimeTypes.INDEX_DEFINITION;
    private static final ClassName PROJECTION_TYPE =
            ClassName.get("software.amazon.awssdk.services.dynamodb.model", "ProjectionType");
    private static final TypeName ITEM = ParameterizedTypeName.get(MAP, ClassName.get(String.class), ATTRIBUTE_VALUE);

    private final Names.Members members;

    KeyMethods(Names.Members members) {
        this.members = members;
    }

    /** The key properties of a table: the hash key, then the range key if any. */
    static List<Property> keyProperties(TypeDeclaration.Table table) {
        if (table.membership().isPresent()) {
            return table.membership().get().keyFields();
        }
        List<Property> keys = new ArrayList<>();
        keys.add(table.hashKey());
        table.rangeKey().ifPresent(keys::add);
        return keys;
    }

    void addTo(TypeSpec.Builder spec, TypeDeclaration declaration, TypeDeclaration.Table table) {
        // Made once: the runtime asks for the key attributes on every request it plans.
        String hashKey = members.name("key:hash", "HASH_KEY");
        spec.addField(FieldSpec.builder(KEY_ATTRIBUTE, hashKey, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(keyAttribute(table.hashKey())).build());
        TypeName optionalKey = ParameterizedTypeName.get(OPTIONAL, KEY_ATTRIBUTE);
        String rangeKey = members.name("key:range", "RANGE_KEY");
        spec.addField(FieldSpec.builder(optionalKey, rangeKey, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(table.rangeKey()
                        .map(key -> CodeBlock.of("$T.of($Z$L)", OPTIONAL, keyAttribute(key)))
                        .orElse(CodeBlock.of("$T.empty()", OPTIONAL)))
                .build());
        addIndexes(spec, table);
        String entityName = String.join(".", declaration.type().simpleNames());
        spec.addMethod(constant("entityName", ClassName.get(String.class), CodeBlock.of("$S", entityName)));
        spec.addMethod(constant("tableName", ClassName.get(String.class), CodeBlock.of("$S", table.name())));
        spec.addMethod(constant("hashKey", KEY_ATTRIBUTE, CodeBlock.of("$L", hashKey)));
        spec.addMethod(constant("rangeKey", optionalKey, CodeBlock.of("$L", rangeKey)));
        if (table.membership().isPresent()) {
            new TemplateMethods(members).addTo(spec, declaration, table.membership().get(), entityName);
        } else {
            spec.addMethod(key(declaration, table, entityName));
        }
        spec.addMethod(keyOf(declaration, table));
    }

    private void addIndexes(TypeSpec.Builder spec, TypeDeclaration.Table table) {
        if (table.indexes().isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (TypeDeclaration.Index index : table.indexes()) {
            String constant = members.index(index.name());
            names.add(constant);
            CodeBlock include = CodeBlock.of("$T.of($L)", List.class,
                    CodeBlock.join(index.include().stream().map(n -> CodeBlock.of("$S", n)).toList(), ",$W"));
            spec.addField(FieldSpec.builder(INDEX_DEFINITION, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("$L secondary index {@code $L}.\n", index.global() ? "Global" : "Local", index.name())
                    .initializer("new $T($S,$W$T.$L,$W$L,$W$L,$W$T.$L,$W$L)", INDEX_DEFINITION, index.name(),
                            INDEX_DEFINITION.nestedClass("Kind"), index.global() ? "GLOBAL" : "LOCAL",
                            keys(index.hashKeys(), index), keys(index.rangeKeys(), index),
                            PROJECTION_TYPE, index.projection(), include)
                    .build());
        }
        spec.addMethod(constant("indexes", ParameterizedTypeName.get(ClassName.get(List.class), INDEX_DEFINITION),
                CodeBlock.of("$T.of($L)", List.class,
                        CodeBlock.join(names.stream().map(n -> CodeBlock.of("$L", n)).toList(), ",$W"))));
    }

    private static MethodSpec constant(String name, TypeName type, CodeBlock value) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addStatement("return $L", value)
                .build();
    }

    /**
     * An index's partition or sort key as the IndexDefinition constructor takes it: one attribute (or null) when
     * every key part is one attribute, as schemas were generated before multi-attribute keys; lists otherwise.
     */
    private static CodeBlock keys(List<Property> keys, TypeDeclaration.Index index) {
        if (index.singleAttributeKeys()) {
            return keys.isEmpty() ? CodeBlock.of("null") : keyAttribute(keys.get(0));
        }
        return CodeBlock.of("$T.of($L)", List.class,
                CodeBlock.join(keys.stream().map(KeyMethods::keyAttribute).toList(), ",$W"));
    }

    private static CodeBlock keyAttribute(Property key) {
        String dynamoType = ((ValueType.Scalar) key.type()).kind().dynamoType();
        return CodeBlock.of("new $T($S, $T.$L)", KEY_ATTRIBUTE, key.storedName(), SCALAR_ATTRIBUTE_TYPE, dynamoType);
    }

    private MethodSpec key(TypeDeclaration declaration, TypeDeclaration.Table table, String entityName) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("key")
                .addJavadoc("The key of the {@link $T} with these key values.\n\n", declaration.type())
                .addJavadoc("@throws IllegalArgumentException if a key value is null or empty\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ITEM);
        List<Property> keys = keyProperties(table);
        // The parameters are the key fields' own names; the local map takes whatever name is left.
        NameAllocator names = new NameAllocator();
        keys.forEach(k -> names.newName(k.javaName()));
        String map = names.newName("key");
        method.addStatement("$T $L = new $T<>($L)", ITEM, map, HASH_MAP, keys.size() + 1);
        for (Property key : keys) {
            method.addParameter(key.type().javaType(), key.javaName());
            CodeBlock checked = ((ValueType.Scalar) key.type()).primitive()
                    ? CodeBlock.of("$L", key.javaName())
                    : CodeBlock.of("$T.require($S,$W$S,$W$L)", KEYS, entityName, key.storedName(), key.javaName());
            method.addStatement("$L.put($S,$W$L($L))", map, key.storedName(), members.encoder(key.javaName()), checked);
        }
        return method.addStatement("return $L", map).build();
    }

    private static MethodSpec keyOf(TypeDeclaration declaration, TypeDeclaration.Table table) {
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (Property key : keyProperties(table)) {
            if (!arguments.isEmpty()) {
                arguments.add(",$W");
            }
            arguments.add(key.read().kind() == Property.Access.Kind.METHOD ? "entity.$L()" : "entity.$L", key.read().name());
        }
        return MethodSpec.methodBuilder("keyOf")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ITEM)
                .addParameter(declaration.type(), "entity")
                .addStatement("return key($L)", arguments.build())
                .build();
    }
}
