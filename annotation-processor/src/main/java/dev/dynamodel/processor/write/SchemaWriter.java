package dev.dynamodel.processor.write;

import static dev.dynamodel.processor.write.RuntimeTypes.ATTRIBUTE_VALUE;
import static dev.dynamodel.processor.write.RuntimeTypes.CODECS;
import static dev.dynamodel.processor.write.RuntimeTypes.HASH_MAP;
import static dev.dynamodel.processor.write.RuntimeTypes.MAP;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dynamodel.processor.Names;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.TypeDeclaration;
import dev.dynamodel.processor.model.ValueType;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Name>Schema}: the typed attribute constants and the item conversion of an entity
 * or document, and for an entity its table metadata and key construction ({@link KeyMethods}).
 */
public final class SchemaWriter {
    private static final TypeName ITEM = ParameterizedTypeName.get(MAP, ClassName.get(String.class), ATTRIBUTE_VALUE);

    /** Names the runtime's interfaces give a schema's members: no generated helper may take them. */
    private static final String[] RESERVED = {"INSTANCE", "Path", "toItem", "fromItem", "toAttributeValue",
        "fromAttributeValue", "key", "keyOf", "entityName", "tableName", "hashKey", "rangeKey", "indexes",
        "validate", "validateAttribute", "applyDefaults", "defaultActions", "requiredAttributes", "nestedSchema",
        "prepareForWrite", "applyTimestamps", "timestampActions", "ttlAttribute", "versionAttribute", "versionOf",
        "withVersion", "tableOptions", "familyMember"};

    private final boolean markGenerated;

    /**
     * @param markGenerated whether to annotate the class {@code @Generated}: false when the user's
     *                      module does not read {@code java.compiler}, where the annotation lives
     */
    public SchemaWriter(boolean markGenerated) {
        this.markGenerated = markGenerated;
    }

    public JavaFile write(TypeDeclaration declaration) {
        ClassName type = declaration.type();
        ClassName schema = Names.schemaClass(type);
        Names.Members members = new Names.Members(RESERVED);
        ValueCodeWriter values = new ValueCodeWriter(members);
        AttributeWriter attributes = new AttributeWriter(values, members, schema);
        ClassName contract = declaration.isEntity() ? RuntimeTypes.ENTITY_SCHEMA : RuntimeTypes.DOCUMENT_SCHEMA;
        TypeSpec.Builder spec = TypeSpec.classBuilder(schema)
                .addJavadoc("Schema of {@link $T}: typed attribute constants and the conversion to and from items.\n", type)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(contract, type))
                .addField(FieldSpec.builder(schema, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The one instance; the schema holds no state.\n")
                        .initializer("new $T()", schema).build());
        Generated.addTo(spec, markGenerated);
        // Converters first: the attribute constants below may use them in element encoders.
        Set<String> converters = new HashSet<>();
        declaration.properties().forEach(property -> declareConverters(property.type(), members, converters, spec));
        for (Property property : declaration.properties()) {
            String constant = members.constant(property.javaName());
            spec.addField(attributeConstant(attributes, property, constant));
            // A constant named like a type (UUID) would hide it: write such types qualified.
            spec.alwaysQualify(constant);
        }
        spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        spec.addType(attributes.pathType(declaration, schema));
        declaration.table().ifPresent(table -> new KeyMethods(members).addTo(spec, declaration, table));
        declaration.table().map(TypeDeclaration.Table::options).filter(options -> !options.isDefault())
                .ifPresent(options -> spec.addMethod(TableOptionsWriter.tableOptions(options)));
        declaration.table().flatMap(TypeDeclaration.Table::version)
                .ifPresent(version -> VersionMethods.addTo(spec, declaration, version));
        spec.addMethod(toItem(declaration, members));
        spec.addMethod(fromItem(declaration, values, members));
        new RulesWriter(members).addTo(spec, declaration);
        for (Property property : declaration.properties()) {
            spec.addMethod(attributes.encoder(property));
            attributes.factory(property).ifPresent(spec::addMethod);
        }
        attributes.functionsType().ifPresent(spec::addType);
        return JavaFile.builder(schema.packageName(), spec.build()).skipJavaLangImports(true).indent("    ").build();
    }

    /** One private static instance per converter class the type's values go through, at any depth. */
    private static void declareConverters(ValueType type, Names.Members members, Set<String> declared,
                                          TypeSpec.Builder spec) {
        if (type instanceof ValueType.Converted converted) {
            String field = members.converter(converted.converter());
            if (declared.add(field)) {
                spec.addField(FieldSpec.builder(converted.converter(), field, Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("new $T()", converted.converter()).build());
            }
            declareConverters(converted.stored(), members, declared, spec);
        } else if (type instanceof ValueType.ListOf list) {
            declareConverters(list.element(), members, declared, spec);
        } else if (type instanceof ValueType.MapOf map) {
            declareConverters(map.value(), members, declared, spec);
        } else if (type instanceof ValueType.SetOf set) {
            declareConverters(set.element(), members, declared, spec);
        }
    }

    private static FieldSpec attributeConstant(AttributeWriter attributes, Property property, String name) {
        return FieldSpec.builder(attributes.attributeType(property.type()), name,
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Attribute {@code $L}.\n", property.storedName())
                .initializer(attributes.constantInitializer(property, name))
                .build();
    }

    /** {@code toItem}: each field through its encoder method, called directly (no lambda on this hot path). */
    private static MethodSpec toItem(TypeDeclaration declaration, Names.Members members) {
        NameAllocator names = new NameAllocator();
        String value = names.newName("value");
        String item = names.newName("item");
        MethodSpec.Builder method = MethodSpec.methodBuilder("toItem")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ITEM)
                .addParameter(declaration.type(), value)
                .addStatement("$T $L = new $T<>($L)", ITEM, item, HASH_MAP,
                        capacity(declaration.properties().size() + TemplateMethods.addedAttributes(declaration)));
        UnknownsCode.putInto(method, declaration, members, value, item);
        for (Property property : declaration.properties()) {
            CodeBlock read = read(property, value);
            ValueType type = property.type();
            String encoder = members.encoder(property.javaName());
            if (type instanceof ValueType.Scalar scalar && scalar.primitive()) {
                method.addStatement("$L.put($S, $L($L))", item, property.storedName(), encoder, read);
                continue;
            }
            String local = names.newName(property.javaName());
            method.addStatement("$T $L = $L", type.javaType(), local, read);
            // DynamoDB refuses empty sets: an empty set is left out, exactly like null.
            boolean set = type instanceof ValueType.SetOf || type instanceof ValueType.Converted c && c.eachElement();
            CodeBlock present = set
                    ? CodeBlock.of("$L != null && !$L.isEmpty()", local, local)
                    : CodeBlock.of("$L != null", local);
            method.beginControlFlow("if ($L)", present)
                    .addStatement("$L.put($S, $L($L))", item, property.storedName(), encoder, local)
                    .endControlFlow();
        }
        new TemplateMethods(members).putInto(method, declaration, value, item);
        return method.addStatement("return $L", item).build();
    }

    /**
     * {@code fromItem}: reads each attribute in turn, remembering which one it is reading so that
     * a value of the wrong type fails with {@code ItemMappingException} naming its path.
     */
    private static MethodSpec fromItem(TypeDeclaration declaration, ValueCodeWriter values, Names.Members members) {
        NameAllocator names = new NameAllocator();
        String item = names.newName("item");
        String stored = names.newName("stored");
        String reading = names.newName("reading");
        MethodSpec.Builder method = MethodSpec.methodBuilder("fromItem")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(declaration.type())
                .addParameter(ITEM, item)
                .addStatement("$T $L", ATTRIBUTE_VALUE, stored)
                .addStatement("$T $L = null", String.class, reading)
                .beginControlFlow("try");
        if (declaration.construction() == TypeDeclaration.Construction.NO_ARGUMENTS_THEN_SET) {
            String entity = names.newName("entity");
            method.addStatement("$T $L = new $T()", declaration.type(), entity, declaration.type());
            for (Property property : declaration.properties()) {
                method.addStatement("$L = $S", reading, property.storedName())
                        .addStatement("$L = $L.get($S)", stored, item, property.storedName())
                        .beginControlFlow("if (!$T.absent($L))", CODECS, stored)
                        .addStatement(write(property, entity, values.decode(property.type(), CodeBlock.of(stored), 0)))
                        .endControlFlow();
            }
            method.addStatement("$L = null", reading);
            UnknownsCode.setAfterRead(method, declaration, members, entity, item);
            method.addStatement("return $L", entity);
            return endReading(method, reading);
        }
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (int index = 0; index < declaration.constructorArgs().size(); index++) {
            TypeDeclaration.ConstructorArg arg = declaration.constructorArgs().get(index);
            if (!arguments.isEmpty()) {
                arguments.add(",$W");
            }
            if (arg.property().isEmpty()) {
                arguments.add(UnknownsCode.argument(declaration, members, index, item).orElse(defaultValue(arg.javaType())));
                continue;
            }
            Property property = arg.property().get();
            String local = names.newName(property.javaName());
            method.addStatement("$L = $S", reading, property.storedName())
                    .addStatement("$L = $L.get($S)", stored, item, property.storedName())
                    .addStatement("$T $L = $T.absent($L)$W? $L$W: $L", property.type().javaType(), local, CODECS, stored,
                            defaultValue(property.type().javaType()), values.decode(property.type(), CodeBlock.of(stored), 0));
            arguments.add("$L", local);
        }
        // The constructor's own failures are the entity's, not an attribute's.
        method.addStatement("$L = null", reading)
                .addStatement("return new $T($L)", declaration.type(), arguments.build());
        return endReading(method, reading);
    }

    private static MethodSpec endReading(MethodSpec.Builder method, String reading) {
        return method.nextControlFlow("catch ($T failure)", RuntimeException.class)
                .addStatement("throw $T.reading($L, failure)", RuntimeTypes.READ_FAILURES, reading)
                .endControlFlow()
                .build();
    }

    static CodeBlock read(Property property, String instance) {
        return property.read().kind() == Property.Access.Kind.METHOD
                ? CodeBlock.of("$L.$L()", instance, property.read().name())
                : CodeBlock.of("$L.$L", instance, property.read().name());
    }

    static CodeBlock write(Property property, String instance, CodeBlock value) {
        return property.write().kind() == Property.Access.Kind.METHOD
                ? CodeBlock.of("$L.$L($L)", instance, property.write().name(), value)
                : CodeBlock.of("$L.$L = $L", instance, property.write().name(), value);
    }

    /** What Java gives a field that was never set: what an absent attribute reads as. */
    static CodeBlock defaultValue(TypeName type) {
        if (!type.isPrimitive()) {
            return CodeBlock.of("null");
        }
        if (type.equals(TypeName.BOOLEAN)) {
            return CodeBlock.of("false");
        }
        if (type.equals(TypeName.CHAR)) {
            return CodeBlock.of("'\\0'");
        }
        if (type.equals(TypeName.LONG)) {
            return CodeBlock.of("0L");
        }
        if (type.equals(TypeName.FLOAT)) {
            return CodeBlock.of("0f");
        }
        if (type.equals(TypeName.DOUBLE)) {
            return CodeBlock.of("0d");
        }
        if (type.equals(TypeName.INT)) {
            return CodeBlock.of("0");   // "(int) 0" is a redundant cast, a warning under -Xlint:all
        }
        return CodeBlock.of("($T) 0", type);   // short and byte: an argument of that type needs the cast
    }

    /** A HashMap capacity that holds every attribute without rehashing. */
    private static int capacity(int size) {
        return (int) (size / 0.75f) + 1;
    }
}
