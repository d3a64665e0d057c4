package dev.dynamodel.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.TypeDeclaration;
import dev.dynamodel.processor.model.ValueType;
import javax.lang.model.element.Modifier;

/**
 * The typed attribute constants of a schema and its nested {@code Path} class. Each value type gets
 * the attribute class whose operators fit it: strings {@code StringAttribute}, other ordered types
 * {@code ComparableAttribute}, collections their element-aware classes, documents their schema's
 * {@code Path}.
 */
final class AttributeWriter {
    static final ClassName ATTRIBUTE_PATH = ClassName.get("dev.dynamodel.condition", "AttributePath");
    private static final String SCHEMA = "dev.dynamodel.schema";
    private static final ClassName ATTRIBUTE = ClassName.get(SCHEMA, "Attribute");
    private static final ClassName COMPARABLE = ClassName.get(SCHEMA, "ComparableAttribute");
    private static final ClassName STRING = ClassName.get(SCHEMA, "StringAttribute");
    private static final ClassName LIST = ClassName.get(SCHEMA, "ListAttribute");
    private static final ClassName SET = ClassName.get(SCHEMA, "SetAttribute");
    private static final ClassName MAP = ClassName.get(SCHEMA, "MapAttribute");
    private static final ClassName DOCUMENT = ClassName.get(SCHEMA, "DocumentAttribute");

    /** Methods of DocumentAttribute that a field's path method must not override by accident. */
    private static final String[] RESERVED_METHODS = {"path", "name", "toAttributeValue", "eq", "ne", "in", "exists",
        "notExists", "attributeType", "size", "compare", "toString", "hashCode", "equals", "getClass", "notify",
        "notifyAll", "wait", "clone", "finalize"};

    private final ValueCodeWriter values;

    AttributeWriter(ValueCodeWriter values) {
        this.values = values;
    }

    /** The attribute class for a value type, such as {@code ComparableAttribute<Integer>}. */
    TypeName attributeType(ValueType type) {
        if (type instanceof ValueType.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> STRING;
                case BOOLEAN, ENUM, UUID -> ParameterizedTypeName.get(ATTRIBUTE, scalar.javaType().box());
                default -> ParameterizedTypeName.get(COMPARABLE, scalar.javaType().box());
            };
        }
        if (type instanceof ValueType.Converted converted) {
            // A converter need not preserve order, so only the operators of every attribute apply.
            return ParameterizedTypeName.get(ATTRIBUTE, converted.javaType().box());
        }
        if (type instanceof ValueType.ListOf list) {
            return ParameterizedTypeName.get(LIST, list.element().javaType().box(), attributeType(list.element()));
        }
        if (type instanceof ValueType.SetOf set) {
            return ParameterizedTypeName.get(SET, set.element().javaType().box());
        }
        if (type instanceof ValueType.MapOf map) {
            return ParameterizedTypeName.get(MAP, map.value().javaType().box(), attributeType(map.value()));
        }
        return pathClass(((ValueType.Nested) type).schema());
    }

    /** An expression creating the attribute for a value type at a path. */
    CodeBlock newAttribute(ValueType type, CodeBlock path, int depth) {
        String v = "v" + depth;
        String p = "p" + depth;
        CodeBlock encoder = CodeBlock.of("$L -> $L", v, values.encode(type, CodeBlock.of(v), 0));
        if (type instanceof ValueType.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> CodeBlock.of("new $T($L)", STRING, path);
                case BOOLEAN, ENUM, UUID -> CodeBlock.of("new $T<>($L, $L)", ATTRIBUTE, path, encoder);
                default -> CodeBlock.of("new $T<>($L, $L)", COMPARABLE, path, encoder);
            };
        }
        if (type instanceof ValueType.Converted) {
            return CodeBlock.of("new $T<>($L, $L)", ATTRIBUTE, path, encoder);
        }
        if (type instanceof ValueType.ListOf list) {
            return CodeBlock.of("new $T<>($L, $L, $L -> $L)", LIST, path, encoder, p,
                    newAttribute(list.element(), CodeBlock.of(p), depth + 1));
        }
        if (type instanceof ValueType.SetOf set) {
            String e = "e" + depth;
            return CodeBlock.of("new $T<>($L, $L, $L -> $L)", SET, path, encoder, e,
                    values.encode(set.element(), CodeBlock.of(e), 0));
        }
        if (type instanceof ValueType.MapOf map) {
            return CodeBlock.of("new $T<>($L, $L, $L -> $L)", MAP, path, encoder, p,
                    newAttribute(map.value(), CodeBlock.of(p), depth + 1));
        }
        return CodeBlock.of("new $T($L)", pathClass(((ValueType.Nested) type).schema()), path);
    }

    /** The top-level constant's initializer: the attribute at {@code AttributePath.of(name)}. */
    CodeBlock constantInitializer(Property property) {
        return newAttribute(property.type(), CodeBlock.of("$T.of($S)", ATTRIBUTE_PATH, property.storedName()), 0);
    }

    static ClassName pathClass(ClassName schema) {
        return schema.nestedClass("Path");
    }

    /**
     * {@code XSchema.Path}: the document as an attribute inside another item, with one method per
     * field returning that field's typed attribute ({@code MovieSchema.INFO.rating()}).
     */
    TypeSpec pathType(TypeDeclaration declaration, ClassName schema) {
        ClassName path = pathClass(schema);
        TypeSpec.Builder spec = TypeSpec.classBuilder(path)
                .addJavadoc("{@link $T} stored inside another item: typed paths to its fields.\n", declaration.type())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(DOCUMENT, declaration.type()))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(ATTRIBUTE_PATH, "path")
                        .addStatement("super(path, v -> $T.INSTANCE.toAttributeValue(v))", schema)
                        .build());
        NameAllocator methods = new NameAllocator();
        for (String reserved : RESERVED_METHODS) {
            methods.newName(reserved);
        }
        for (Property property : declaration.properties()) {
            spec.addMethod(MethodSpec.methodBuilder(methods.newName(property.javaName()))
                    .addJavadoc("Field {@code $L}, stored as {@code $L}.\n", property.javaName(), property.storedName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(attributeType(property.type()))
                    .addStatement("return $L", newAttribute(property.type(),
                            CodeBlock.of("path().child($S)", property.storedName()), 0))
                    .build());
        }
        return spec.build();
    }
}
