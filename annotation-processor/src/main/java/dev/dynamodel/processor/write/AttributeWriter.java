package dev.dynamodel.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dynamodel.processor.Names;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.TypeDeclaration;
import dev.dynamodel.processor.model.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The typed attribute constants of a schema and its nested {@code Path} class. Each value type gets
 * the attribute class whose operators fit it: strings {@code StringAttribute}, other ordered types
 * {@code ComparableAttribute}, collections their element-aware classes, documents their schema's
 * {@code Path}.
 *
 * <p>The functions an attribute is made with (its encoder, its elements' encoder and attributes)
 * are cases of one nested class, {@code Functions}, not lambdas: the constants are built when the
 * schema class is first used, and bootstrapping a lambda per function there cost the cold start
 * several milliseconds (one class loaded instead of a dozen lambdas spun).
 */
final class AttributeWriter {
    private static final ClassName ATTRIBUTE_PATH = RuntimeTypes.ATTRIBUTE_PATH;
    private static final ClassName ATTRIBUTE = RuntimeTypes.ATTRIBUTE;
    private static final ClassName COMPARABLE = RuntimeTypes.COMPARABLE_ATTRIBUTE;
    private static final ClassName STRING = RuntimeTypes.STRING_ATTRIBUTE;
    private static final ClassName LIST = RuntimeTypes.LIST_ATTRIBUTE;
    private static final ClassName SET = RuntimeTypes.SET_ATTRIBUTE;
    private static final ClassName MAP = RuntimeTypes.MAP_ATTRIBUTE;
    private static final ClassName DOCUMENT = RuntimeTypes.DOCUMENT_ATTRIBUTE;

    /** Methods of DocumentAttribute that a field's path method must not override by accident. */
    private static final String[] RESERVED_METHODS = {"path", "name", "toAttributeValue", "eq", "ne", "in", "exists",
        "notExists", "attributeType", "size", "compare", "toString", "hashCode", "equals", "getClass", "notify",
        "notifyAll", "wait", "clone", "finalize"};

    private final ValueCodeWriter values;
    private final Names.Members members;
    private final ClassName schema;
    private final ClassName functions;
    /** The bodies of the {@code Functions} cases, in case order; a body written twice is one case. */
    private final List<CodeBlock> cases = new ArrayList<>();
    private final Map<String, Integer> caseOf = new HashMap<>();

    AttributeWriter(ValueCodeWriter values, Names.Members members, ClassName schema) {
        this.values = values;
        this.members = members;
        this.schema = schema;
        this.functions = schema.nestedClass("Functions");
    }

    /** {@code new Functions<>(n)}: the function whose case computes {@code body} from {@code input}. */
    private CodeBlock function(CodeBlock body) {
        int index = caseOf.computeIfAbsent(body.toString(), text -> {
            cases.add(body);
            return cases.size() - 1;
        });
        return CodeBlock.of("new $T<>($L)", functions, index);
    }

    /**
     * {@code Functions}: every function the attribute constants, {@code Path} and the collection
     * factories were made with, as the cases of one class. Call after everything else is written;
     * empty when nothing needed one.
     */
    Optional<TypeSpec> functionsType() {
        if (cases.isEmpty()) {
            return Optional.empty();
        }
        CodeBlock.Builder switchBlock = CodeBlock.builder().add("$T result = switch (index) {\n", Object.class).indent();
        for (int i = 0; i < cases.size(); i++) {
            switchBlock.add("case $L -> $L;\n", i, cases.get(i));
        }
        switchBlock.add("default -> throw new $T($S + index);\n", IllegalStateException.class, "no function ")
                .unindent().add("};\n");
        return Optional.of(TypeSpec.classBuilder(functions)
                .addJavadoc("The encoders and element attributes of the attribute constants: one class for all, not a\n"
                        + "lambda each, so that first use of the schema loads one class instead of spinning many.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addTypeVariable(com.palantir.javapoet.TypeVariableName.get("V"))
                .addTypeVariable(com.palantir.javapoet.TypeVariableName.get("R"))
                .addSuperinterface(ParameterizedTypeName.get(ClassName.get("java.util.function", "Function"),
                        com.palantir.javapoet.TypeVariableName.get("V"), com.palantir.javapoet.TypeVariableName.get("R")))
                .addField(int.class, "index", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(int.class, "index")
                        .addStatement("this.index = index")
                        .build())
                .addMethod(MethodSpec.methodBuilder("apply")
                        .addAnnotation(Override.class)
                        .addAnnotation(com.palantir.javapoet.AnnotationSpec.builder(SuppressWarnings.class)
                                .addMember("value", "$S", "unchecked").build())
                        .addModifiers(Modifier.PUBLIC)
                        .returns(com.palantir.javapoet.TypeVariableName.get("R"))
                        .addParameter(com.palantir.javapoet.TypeVariableName.get("V"), "input")
                        .addCode(switchBlock.build())
                        .addStatement("return (R) result")
                        .build())
                .build());
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

    /**
     * {@code encodeX(value)}: the one place a field's value becomes an {@code AttributeValue}.
     * {@code toItem}, keys, defaults and the attribute constant all call it.
     */
    MethodSpec encoder(Property property) {
        return MethodSpec.methodBuilder(members.encoder(property.javaName()))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(RuntimeTypes.ATTRIBUTE_VALUE)
                .addParameter(property.type().javaType(), "value")
                .addStatement("return $L", values.encode(property.type(), CodeBlock.of("value"), 0))
                .build();
    }

    /**
     * A collection field's attribute at any path, with its element attributes: written once,
     * used by the constant and by {@code Path}. Other fields need no such method.
     */
    Optional<MethodSpec> factory(Property property) {
        ValueType type = property.type();
        if (!hasElements(type)) {
            return Optional.empty();
        }
        return Optional.of(MethodSpec.methodBuilder(factoryName(property))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(attributeType(type))
                .addParameter(ATTRIBUTE_PATH, "path")
                .addStatement("return $L", Lines.fitted(8 + "return ".length(),
                        wrap -> newAttribute(type, CodeBlock.of("path"), encoderReference(property), wrap)))
                .build());
    }

    private static boolean hasElements(ValueType type) {
        return type instanceof ValueType.ListOf || type instanceof ValueType.SetOf || type instanceof ValueType.MapOf;
    }

    private String factoryName(Property property) {
        return members.name("factory:" + property.javaName(), property.javaName() + "At");
    }

    private CodeBlock encoderReference(Property property) {
        return function(CodeBlock.of("$L(($T) input)", members.encoder(property.javaName()),
                property.type().javaType().box()));
    }

    /**
     * The attribute of a field at a path: its factory method, or a constructor call. Inside
     * {@code Path} the factory is qualified, since a path method of the same name would hide it.
     */
    private CodeBlock attributeAt(Property property, CodeBlock path, boolean qualify, int before) {
        ValueType type = property.type();
        if (hasElements(type)) {
            CodeBlock factory = qualify
                    ? CodeBlock.of("$T.$L", schema, factoryName(property))
                    : CodeBlock.of("$L", factoryName(property));
            return Lines.fitted(before, wrap -> CodeBlock.of(wrap ? "$L($Z$L)" : "$L($L)", factory, path));
        }
        return Lines.fitted(before, wrap -> newAttribute(type, path, encoderReference(property), wrap));
    }

    /**
     * An expression creating the attribute for a value type at a path, with the given encoder.
     * With {@code wrap}, the arguments are places where JavaPoet may break the line; it breaks
     * at 100 columns, so {@link Lines#fitted} asks for them only when the line would pass 120.
     */
    private CodeBlock newAttribute(ValueType type, CodeBlock path, CodeBlock encoder, boolean wrap) {
        String open = wrap ? "($Z" : "(";
        String comma = wrap ? ",$W" : ", ";
        if (type instanceof ValueType.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> CodeBlock.of("new $T" + open + "$L)", STRING, path);
                case BOOLEAN, ENUM, UUID -> CodeBlock.of("new $T<>" + open + "$L" + comma + "$L)", ATTRIBUTE, path, encoder);
                default -> CodeBlock.of("new $T<>" + open + "$L" + comma + "$L)", COMPARABLE, path, encoder);
            };
        }
        if (type instanceof ValueType.Converted) {
            return CodeBlock.of("new $T<>" + open + "$L" + comma + "$L)", ATTRIBUTE, path, encoder);
        }
        String withElements = "new $T<>" + open + "$L" + comma + "$L" + comma + "$L)";
        CodeBlock elementPath = CodeBlock.of("($T) input", ATTRIBUTE_PATH);
        if (type instanceof ValueType.ListOf list) {
            return CodeBlock.of(withElements, LIST, path, encoder, function(newAttribute(list.element(), elementPath,
                    elementEncoder(list.element()), false)));
        }
        if (type instanceof ValueType.SetOf set) {
            return CodeBlock.of(withElements, SET, path, encoder, elementEncoder(set.element()));
        }
        if (type instanceof ValueType.MapOf map) {
            return CodeBlock.of(withElements, MAP, path, encoder, function(newAttribute(map.value(), elementPath,
                    elementEncoder(map.value()), false)));
        }
        return CodeBlock.of("new $T" + open + "$L)", pathClass(((ValueType.Nested) type).schema()), path);
    }

    private CodeBlock elementEncoder(ValueType element) {
        return function(values.encode(element, CodeBlock.of("(($T) input)", element.javaType().box()), 0));
    }

    /** The initializer of the constant {@code name}: the attribute at {@code AttributePath.of(storedName)}. */
    CodeBlock constantInitializer(Property property, String name) {
        int before = 4 + "public static final ".length() + Lines.length(attributeType(property.type())) + 1
                + name.length() + " = ".length();
        return attributeAt(property, CodeBlock.of("$T.of($S)", ATTRIBUTE_PATH, property.storedName()), false, before);
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
                        .addStatement("super(path, $L)", function(CodeBlock.of("$T.INSTANCE.toAttributeValue(($T) input)",
                                schema, declaration.type())))
                        .build());
        Names.Members methods = new Names.Members(RESERVED_METHODS);
        for (Property property : declaration.properties()) {
            spec.addMethod(MethodSpec.methodBuilder(methods.name("path:" + property.javaName(), property.javaName()))
                    .addJavadoc("Field {@code $L}, stored as {@code $L}.\n", property.javaName(), property.storedName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(attributeType(property.type()))
                    .addStatement("return $L", attributeAt(property,
                            CodeBlock.of("path().child($S)", property.storedName()), true, 8 + "return ".length()))
                    .build());
        }
        return spec.build();
    }
}
