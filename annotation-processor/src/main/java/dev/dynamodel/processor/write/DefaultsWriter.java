package dev.dynamodel.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.dynamodel.processor.Names;
import dev.dynamodel.processor.model.DefaultValue;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.PropertyRules;
import dev.dynamodel.processor.model.ScalarKind;
import dev.dynamodel.processor.model.Shape;
import dev.dynamodel.processor.model.TypeDeclaration;
import dev.dynamodel.processor.model.ValueRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code applyDefaults(T)}: a null field with a default gets it (a forced default always
 * does), and nested documents get theirs through their own schemas. A mutable class is set in
 * place; an immutable one is rebuilt only when something changed.
 */
final class DefaultsWriter {
    private final StaticFields fields;

    DefaultsWriter(StaticFields fields) {
        this.fields = fields;
    }

    MethodSpec applyDefaults(TypeDeclaration declaration) {
        NameAllocator names = new NameAllocator();
        names.newName("value");
        String changed = names.newName("changed");
        boolean immutable = Rebuild.immutable(declaration);
        CodeBlock.Builder body = CodeBlock.builder();
        if (immutable) {
            body.addStatement("boolean $L = false", changed);
        }
        Map<String, String> replaced = new HashMap<>();
        List<Property> properties = declaration.properties();
        for (int i = 0; i < properties.size(); i++) {
            Property property = properties.get(i);
            PropertyRules rules = declaration.rules().of(i);
            if (rules.defaultValue().isEmpty() && !rules.value().defaults()) {
                continue;
            }
            String local = names.newName(property.javaName());
            TypeName type = rules.value().javaType();
            body.addStatement("$T $L = $L", type, local, Accessors.read(property.read(), "value"));
            if (rules.defaultValue().isPresent()) {
                DefaultValue value = rules.defaultValue().get();
                CodeBlock expression = expression(value, type);
                if (!value.force()) {
                    body.beginControlFlow("if ($L == null)", local);
                }
                set(body, declaration, property, local, expression, changed, immutable);
                if (!value.force()) {
                    body.endControlFlow();
                }
            }
            if (rules.value().defaults()) {
                String applied = names.newName(property.javaName() + "Applied");
                body.beginControlFlow("if ($L != null)", local)
                        .addStatement("$T $L =$W$L", type, applied, cascade(rules.value(), CodeBlock.of("$L", local), names.clone()))
                        .beginControlFlow("if ($L != $L)", applied, local);
                set(body, declaration, property, local, CodeBlock.of("$L", applied), changed, immutable);
                body.endControlFlow().endControlFlow();
            }
            replaced.put(property.javaName(), local);
        }
        if (immutable) {
            body.addStatement("return $L ? $L : value", changed, Rebuild.construct(declaration, "value", replaced));
        } else {
            body.addStatement("return value");
        }
        return MethodSpec.methodBuilder("applyDefaults")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(declaration.type())
                .addParameter(declaration.type(), "value")
                .addCode(body.build())
                .build();
    }

    private static void set(CodeBlock.Builder body, TypeDeclaration declaration, Property property, String local,
                            CodeBlock value, String changed, boolean immutable) {
        body.addStatement("$L = $L", local, value);
        if (immutable) {
            body.addStatement("$L = true", changed);
        } else {
            body.addStatement(Accessors.write(property.write(), "value", CodeBlock.of("$L", local)));
        }
    }

    /** The documents inside a value with their defaults applied: the same instance when none applied. */
    private static CodeBlock cascade(ValueRules rules, CodeBlock value, NameAllocator names) {
        if (rules.shape() == Shape.DOCUMENT) {
            return CodeBlock.of("$T.applyDefaults($L,$W$T.INSTANCE::applyDefaults)", RuntimeTypes.NESTING, value,
                    rules.schema().orElseThrow());
        }
        String e = names.newName("e0");
        CodeBlock inner = cascade(rules.element().orElseThrow(), CodeBlock.of("$L", e), names);
        return CodeBlock.of("$T.$L($L, $L -> $L)", RuntimeTypes.DEFAULTS, rules.shape() == Shape.MAP ? "map" : "list",
                value, e, inner);
    }

    /**
     * {@code defaultActions(upsert)}: what an update adds for defaults. A forced default is set on
     * every update; on an upsert, a plain default is set only if the attribute is absent. Defaults
     * derived from the entity ({@code Function<E, V>}) need a whole entity, so updates skip them.
     */
    MethodSpec defaultActions(TypeDeclaration declaration, Names.Members members) {
        ClassName action = RuntimeTypes.UPDATE_ACTION;
        ClassName path = RuntimeTypes.ATTRIBUTE_PATH;
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T<$T> actions = new $T<>()", List.class, action, java.util.ArrayList.class);
        List<Property> properties = declaration.properties();
        for (int i = 0; i < properties.size(); i++) {
            Property property = properties.get(i);
            DefaultValue value = declaration.rules().of(i).defaultValue().orElse(null);
            if (value == null || value.kind() == DefaultValue.Kind.FUNCTION) {
                continue;
            }
            CodeBlock encoded = CodeBlock.of("$L($L)", members.encoder(property.javaName()),
                    expression(value, property.type().javaType()));
            if (value.force()) {
                body.addStatement("actions.add($T.set($T.of($S),$W$L))", action, path, property.storedName(), encoded);
            } else {
                body.beginControlFlow("if (upsert)")
                        .addStatement("actions.add($T.setIfNotExists($T.of($S),$W$L))", action, path,
                                property.storedName(), encoded)
                        .endControlFlow();
            }
        }
        return MethodSpec.methodBuilder("defaultActions")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), action))
                .addParameter(TypeName.BOOLEAN, "upsert")
                .addCode(body.addStatement("return actions").build())
                .build();
    }

    /** {@code requiredAttributes()}: attributes a null breaks ({@code @NotNull}, ...) that no default fills. */
    static MethodSpec requiredAttributes(TypeDeclaration declaration) {
        List<String> required = new java.util.ArrayList<>();
        List<Property> properties = declaration.properties();
        for (int i = 0; i < properties.size(); i++) {
            PropertyRules rules = declaration.rules().of(i);
            boolean failsOnNull = rules.value().constraints().stream().anyMatch(ConstraintCode::failsOnNull);
            boolean defaulted = rules.defaultValue().map(d -> d.kind() != DefaultValue.Kind.FUNCTION).orElse(false);
            if (failsOnNull && !defaulted) {
                required.add(properties.get(i).storedName());
            }
        }
        return MethodSpec.methodBuilder("requiredAttributes")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(List.class, String.class))
                .addStatement("return $T.of($L)", List.class,
                        CodeBlock.join(required.stream().map(n -> CodeBlock.of("$S", n)).toList(), ",$W"))
                .build();
    }

    private CodeBlock expression(DefaultValue value, TypeName javaType) {
        if (value.kind().isId()) {
            return id(value);
        }
        if (value.kind() != DefaultValue.Kind.CONSTANT) {
            String supplier = fields.instance("supply", value.supplier());
            return value.kind() == DefaultValue.Kind.SUPPLIER
                    ? CodeBlock.of("$L.get()", supplier)
                    : CodeBlock.of("$L.apply(value)", supplier);
        }
        String text = value.constant();
        ScalarKind kind = value.scalar();
        return switch (kind) {
            case STRING -> CodeBlock.of("$S", text);
            case CHAR -> CodeBlock.of("$S.charAt(0)", text);
            case BOOLEAN -> CodeBlock.of("$L", text);
            case INT -> CodeBlock.of("$L", Integer.parseInt(text));
            case LONG -> CodeBlock.of("$LL", Long.parseLong(text));
            case SHORT -> CodeBlock.of("(short) $L", Short.parseShort(text));
            case BYTE -> CodeBlock.of("(byte) $L", Byte.parseByte(text));
            case DOUBLE -> CodeBlock.of("$Ld", Double.toString(Double.parseDouble(text)));
            case FLOAT -> CodeBlock.of("$Lf", Float.toString(Float.parseFloat(text)));
            case ENUM -> CodeBlock.of("$T.$L", javaType, text);
            case BIG_DECIMAL -> constant(javaType, CodeBlock.of("new $T($S)", javaType, text));
            case BIG_INTEGER -> constant(javaType, CodeBlock.of("new $T($S)", javaType, text));
            case UUID -> constant(javaType, CodeBlock.of("$T.fromString($S)", javaType, text));
            case INSTANT, LOCAL_DATE, LOCAL_DATE_TIME, OFFSET_DATE_TIME ->
                    constant(javaType, CodeBlock.of("$T.parse($S)", javaType, text));
            case BYTES, SDK_BYTES -> throw new IllegalStateException("no constant default for " + kind);
        };
    }

    /** {@code Ids.ulid()}, {@code Ids.uuidV7()}; for a String field, a UUID's text. */
    private static CodeBlock id(DefaultValue value) {
        String method = switch (value.kind()) {
            case UUID_V4 -> "uuidV4";
            case UUID_V7 -> "uuidV7";
            case ULID -> "ulid";
            default -> throw new IllegalStateException("not an identifier: " + value.kind());
        };
        boolean text = value.scalar() == ScalarKind.STRING && value.kind() != DefaultValue.Kind.ULID;
        return CodeBlock.of(text ? "$T.$L().toString()" : "$T.$L()", RuntimeTypes.IDS, method);
    }

    private CodeBlock constant(TypeName type, CodeBlock initializer) {
        return CodeBlock.of("$L", fields.constant("default", type, initializer));
    }
}
