package dev.dynamodel.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.dynamodel.processor.ClassNames;
import dev.dynamodel.processor.Names;
import dev.dynamodel.processor.model.ScalarKind;
import dev.dynamodel.processor.model.ValueType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Decides how a Java type is stored, or that it cannot be. Pure: it returns a {@link ValueType} or
 * nothing, and the caller reports the error on the field.
 */
public final class ValueTypeResolver {
    private static final Map<String, ScalarKind> DECLARED_SCALARS = Map.ofEntries(
            Map.entry("java.lang.String", ScalarKind.STRING),
            Map.entry("java.lang.Character", ScalarKind.CHAR),
            Map.entry("java.lang.Boolean", ScalarKind.BOOLEAN),
            Map.entry("java.lang.Integer", ScalarKind.INT),
            Map.entry("java.lang.Long", ScalarKind.LONG),
            Map.entry("java.lang.Short", ScalarKind.SHORT),
            Map.entry("java.lang.Byte", ScalarKind.BYTE),
            Map.entry("java.lang.Double", ScalarKind.DOUBLE),
            Map.entry("java.lang.Float", ScalarKind.FLOAT),
            Map.entry("java.math.BigDecimal", ScalarKind.BIG_DECIMAL),
            Map.entry("java.math.BigInteger", ScalarKind.BIG_INTEGER),
            Map.entry("java.util.UUID", ScalarKind.UUID),
            Map.entry("java.time.Instant", ScalarKind.INSTANT),
            Map.entry("java.time.LocalDate", ScalarKind.LOCAL_DATE),
            Map.entry("java.time.LocalDateTime", ScalarKind.LOCAL_DATE_TIME),
            Map.entry("java.time.OffsetDateTime", ScalarKind.OFFSET_DATE_TIME),
            Map.entry(ClassNames.SDK_BYTES, ScalarKind.SDK_BYTES));

    private static final Map<TypeKind, ScalarKind> PRIMITIVES = Map.of(
            TypeKind.BOOLEAN, ScalarKind.BOOLEAN,
            TypeKind.CHAR, ScalarKind.CHAR,
            TypeKind.INT, ScalarKind.INT,
            TypeKind.LONG, ScalarKind.LONG,
            TypeKind.SHORT, ScalarKind.SHORT,
            TypeKind.BYTE, ScalarKind.BYTE,
            TypeKind.DOUBLE, ScalarKind.DOUBLE,
            TypeKind.FLOAT, ScalarKind.FLOAT);

    /** How the type is stored, or empty if it cannot be. */
    public Optional<ValueType> resolve(TypeMirror type) {
        return resolve(type, ConverterLookup.NONE);
    }

    /**
     * How the type is stored when the lookup's converters are in scope: a converter found for the
     * type, or for an element or map value inside it, wins over the built-in storage.
     */
    public Optional<ValueType> resolve(TypeMirror type, ConverterLookup converters) {
        Optional<ValueType.Converted> converted = converters.find(type);
        if (converted.isPresent()) {
            return Optional.of(converted.get());
        }
        TypeKind kind = type.getKind();
        if (PRIMITIVES.containsKey(kind)) {
            return Optional.of(new ValueType.Scalar(PRIMITIVES.get(kind), TypeName.get(type)));
        }
        if (kind == TypeKind.ARRAY) {
            boolean byteArray = ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE;
            return byteArray ? Optional.of(new ValueType.Scalar(ScalarKind.BYTES, TypeName.get(type))) : Optional.empty();
        }
        if (kind != TypeKind.DECLARED) {
            return Optional.empty();
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        String name = element.getQualifiedName().toString();
        TypeName javaType = TypeName.get(type);
        ScalarKind scalar = DECLARED_SCALARS.get(name);
        if (scalar != null) {
            return Optional.of(new ValueType.Scalar(scalar, javaType));
        }
        if (element.getKind() == ElementKind.ENUM) {
            return Optional.of(new ValueType.Scalar(ScalarKind.ENUM, javaType));
        }
        List<? extends TypeMirror> args = declared.getTypeArguments();
        switch (name) {
            case "java.util.List":
                return args.size() != 1 ? Optional.empty()
                        : resolve(args.get(0), converters).map(element1 -> new ValueType.ListOf(element1, javaType));
            case "java.util.Set":
                return args.size() != 1 ? Optional.empty() : resolveSet(args.get(0), javaType, converters);
            case "java.util.Map":
                return args.size() != 2 || !isString(args.get(0)) ? Optional.empty()
                        : resolve(args.get(1), converters).map(value -> new ValueType.MapOf(value, javaType));
            default:
                break;
        }
        boolean nested = Annotations.has(element, ClassNames.DOCUMENT) || Annotations.has(element, ClassNames.ENTITY);
        if (nested && args.isEmpty()) {
            ClassName className = ClassName.get(element);
            return Optional.of(new ValueType.Nested(Names.schemaClass(className), className));
        }
        return Optional.empty();
    }

    private Optional<ValueType> resolveSet(TypeMirror elementType, TypeName javaType, ConverterLookup converters) {
        Optional<ValueType.Converted> converted = converters.find(elementType);
        if (converted.isPresent()) {
            return ConvertedSet.of(converted.get(), javaType);
        }
        return resolve(elementType)
                .filter(ValueType.Scalar.class::isInstance)
                .map(ValueType.Scalar.class::cast)
                .filter(scalar -> scalar.kind().settable())
                .map(scalar -> new ValueType.SetOf(scalar, javaType));
    }

    private static boolean isString(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.lang.String");
    }
}
