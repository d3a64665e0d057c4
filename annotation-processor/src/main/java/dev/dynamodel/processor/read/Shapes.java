package dev.dynamodel.processor.read;

import dev.dynamodel.processor.ClassNames;
import dev.dynamodel.processor.model.Shape;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Classifies a Java type into the {@link Shape} that decides which rules apply to it. */
final class Shapes {
    private static final Map<String, Shape> DECLARED = Map.ofEntries(
            Map.entry("java.lang.String", Shape.STRING),
            Map.entry("java.lang.Character", Shape.CHAR),
            Map.entry("java.lang.Boolean", Shape.BOOLEAN),
            Map.entry("java.lang.Integer", Shape.INTEGRAL),
            Map.entry("java.lang.Long", Shape.INTEGRAL),
            Map.entry("java.lang.Short", Shape.INTEGRAL),
            Map.entry("java.lang.Byte", Shape.INTEGRAL),
            Map.entry("java.lang.Double", Shape.FLOATING),
            Map.entry("java.lang.Float", Shape.FLOATING),
            Map.entry("java.math.BigDecimal", Shape.BIG_DECIMAL),
            Map.entry("java.math.BigInteger", Shape.BIG_INTEGER),
            Map.entry("java.time.Instant", Shape.INSTANT),
            Map.entry("java.time.LocalDate", Shape.LOCAL_DATE),
            Map.entry("java.time.LocalDateTime", Shape.LOCAL_DATE_TIME),
            Map.entry("java.time.OffsetDateTime", Shape.OFFSET_DATE_TIME),
            Map.entry("java.util.UUID", Shape.UUID),
            Map.entry(ClassNames.SDK_BYTES, Shape.SDK_BYTES),
            Map.entry("java.util.List", Shape.LIST),
            Map.entry("java.util.Set", Shape.SET),
            Map.entry("java.util.Map", Shape.MAP));

    private Shapes() {
    }

    static Shape of(TypeMirror type) {
        switch (type.getKind()) {
            case BOOLEAN:
                return Shape.BOOLEAN;
            case CHAR:
                return Shape.CHAR;
            case INT: case LONG: case SHORT: case BYTE:
                return Shape.INTEGRAL;
            case DOUBLE: case FLOAT:
                return Shape.FLOATING;
            case ARRAY:
                return ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE ? Shape.BYTES : Shape.OTHER;
            case DECLARED:
                break;
            default:
                return Shape.OTHER;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        Shape known = DECLARED.get(element.getQualifiedName().toString());
        if (known != null) {
            return known;
        }
        if (element.getKind() == ElementKind.ENUM) {
            return Shape.ENUM;
        }
        boolean document = Annotations.has(element, ClassNames.DOCUMENT) || Annotations.has(element, ClassNames.ENTITY);
        return document ? Shape.DOCUMENT : Shape.OTHER;
    }

    /** The element type of a list or set, the value type of a map; null for anything else. */
    static TypeMirror elementOf(TypeMirror type, Shape shape) {
        if (!shape.isContainer() || type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        var arguments = ((DeclaredType) type).getTypeArguments();
        int index = shape == Shape.MAP ? 1 : 0;
        return arguments.size() > index ? arguments.get(index) : null;
    }
}
