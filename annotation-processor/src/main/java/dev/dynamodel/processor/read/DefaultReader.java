package dev.dynamodel.processor.read;

import com.palantir.javapoet.ClassName;
import dev.dynamodel.processor.ClassNames;
import dev.dynamodel.processor.model.DefaultValue;
import dev.dynamodel.processor.model.ScalarKind;
import dev.dynamodel.processor.model.ValueType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads a field's {@code @Default} (parsing its text for the field's type now, so that a bad
 * constant fails the build) or {@code @DefaultSupplier} (checking the class fits the field).
 */
final class DefaultReader {
    private final AnnotationValues values;
    private final Supertypes supertypes;
    private final TypeElement owner;
    private final Report report;

    DefaultReader(AnnotationValues values, Supertypes supertypes, TypeElement owner, Report report) {
        this.values = values;
        this.supertypes = supertypes;
        this.owner = owner;
        this.report = report;
    }

    Optional<DefaultValue> read(VariableElement field, ValueType type) {
        Optional<AnnotationMirror> constant = Annotations.find(field, ClassNames.DEFAULT);
        Optional<AnnotationMirror> supplier = Annotations.find(field, ClassNames.DEFAULT_SUPPLIER);
        Optional<AnnotationMirror> id = Annotations.find(field, ClassNames.AUTO_ID);
        List<AnnotationMirror> present = Stream.of(constant, supplier, id).flatMap(Optional::stream).toList();
        if (present.size() > 1) {
            report.error(field, present.get(1), Message.TWO_DEFAULTS);
            return Optional.empty();
        }
        if (present.isEmpty()) {
            return Optional.empty();
        }
        AnnotationMirror mirror = present.get(0);
        if (id.isPresent()) {
            return id(field, mirror);
        }
        boolean force = values.bool(mirror, "force");
        if (field.asType().getKind().isPrimitive() && !force) {
            report.error(field, mirror, Message.DEFAULT_ON_PRIMITIVE, AnnotationValues.simpleName(mirror), field.getSimpleName());
            return Optional.empty();
        }
        return constant.isPresent() ? constant(field, mirror, type, force) : supplier(field, mirror, force);
    }

    private Optional<DefaultValue> constant(VariableElement field, AnnotationMirror mirror, ValueType stored, boolean force) {
        // The constant is a Java value: judge it by the field's Java type, even when a converter stores it.
        Optional<ValueType> type = stored instanceof ValueType.Converted ? new ValueTypeResolver().resolve(field.asType())
                : Optional.of(stored);
        if (type.isEmpty() || !(type.get() instanceof ValueType.Scalar scalar)
                || scalar.kind() == ScalarKind.BYTES || scalar.kind() == ScalarKind.SDK_BYTES) {
            report.error(field, mirror, Message.DEFAULT_TYPE, field.getSimpleName(), TypeText.of(field.asType()));
            return Optional.empty();
        }
        String text = values.string(mirror, "value");
        String problem = problem(scalar.kind(), text, field.asType());
        if (problem != null) {
            report.error(field, mirror, values.explicit(mirror, "value"), Message.BAD_DEFAULT, text, TypeText.of(field.asType()),
                    problem);
            return Optional.empty();
        }
        return Optional.of(new DefaultValue(DefaultValue.Kind.CONSTANT, text, null, force, scalar.kind()));
    }

    /**
     * An {@code @AutoId}: a UUID fits a {@code String} or {@code UUID} field, a ULID only a
     * {@code String} (it has no UUID form). The Java type decides, even when a converter stores it.
     */
    private Optional<DefaultValue> id(VariableElement field, AnnotationMirror mirror) {
        String kind = ((VariableElement) values.value(mirror, "value").getValue()).getSimpleName().toString();
        DefaultValue.Kind idKind = DefaultValue.Kind.valueOf(kind);
        String typeName = supertypes.types().erasure(field.asType()).toString();
        ScalarKind scalar = typeName.equals(String.class.getName()) ? ScalarKind.STRING
                : typeName.equals(UUID.class.getName()) && idKind != DefaultValue.Kind.ULID ? ScalarKind.UUID : null;
        if (scalar == null) {
            String made = idKind == DefaultValue.Kind.ULID ? "text" : "a UUID";
            String fix = idKind == DefaultValue.Kind.ULID ? "String" : "String or java.util.UUID";
            report.error(field, mirror, values.explicit(mirror, "value"), Message.AUTO_ID_TYPE, kind, made,
                    field.getSimpleName(), TypeText.of(field.asType()), fix);
            return Optional.empty();
        }
        return Optional.of(new DefaultValue(idKind, null, null, false, scalar));
    }

    /** Why the text is not a constant of that kind, or null when it is. */
    private String problem(ScalarKind kind, String text, TypeMirror type) {
        try {
            switch (kind) {
                case STRING:
                    return null;
                case CHAR:
                    return text.length() == 1 ? null : "a char default is exactly one character";
                case BOOLEAN:
                    return text.equals("true") || text.equals("false") ? null : "write true or false";
                case INT:
                    Integer.parseInt(text);
                    return null;
                case LONG:
                    Long.parseLong(text);
                    return null;
                case SHORT:
                    Short.parseShort(text);
                    return null;
                case BYTE:
                    Byte.parseByte(text);
                    return null;
                case DOUBLE:
                    return Double.isFinite(Double.parseDouble(text)) ? null : "DynamoDB stores only finite numbers";
                case FLOAT:
                    return Float.isFinite(Float.parseFloat(text)) ? null : "DynamoDB stores only finite numbers";
                case BIG_DECIMAL:
                    new BigDecimal(text);
                    return null;
                case BIG_INTEGER:
                    new BigInteger(text);
                    return null;
                case UUID:
                    return UUID.fromString(text).toString().equalsIgnoreCase(text) ? null : "write the 36-character form";
                case INSTANT:
                    Instant.parse(text);
                    return null;
                case LOCAL_DATE:
                    LocalDate.parse(text);
                    return null;
                case LOCAL_DATE_TIME:
                    LocalDateTime.parse(text);
                    return null;
                case OFFSET_DATE_TIME:
                    OffsetDateTime.parse(text);
                    return null;
                case ENUM:
                    List<String> constants = supertypes.types().asElement(type).getEnclosedElements().stream()
                            .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                            .map(e -> e.getSimpleName().toString()).toList();
                    return constants.contains(text) ? null : "the constants are " + constants;
                default:
                    return "no constant form";
            }
        } catch (RuntimeException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    private Optional<DefaultValue> supplier(VariableElement field, AnnotationMirror mirror, boolean force) {
        TypeMirror supplierType = values.type(mirror, "value");
        var position = values.explicit(mirror, "value");
        String name = supertypes.types().asElement(supplierType).getSimpleName().toString();
        if (!supertypes.instantiable(supplierType, owner)) {
            report.error(field, mirror, position, Message.NEEDS_INSTANCE, "default supplier", name);
            return Optional.empty();
        }
        TypeMirror target = supertypes.boxed(field.asType());
        ClassName className = ClassName.get((TypeElement) supertypes.types().asElement(supplierType));
        Optional<List<? extends TypeMirror>> supplied = supertypes.arguments(supplierType, "java.util.function.Supplier");
        if (supplied.isPresent() && Supertypes.concrete(supplied.get())
                && supertypes.types().isAssignable(supplied.get().get(0), target)) {
            return Optional.of(new DefaultValue(DefaultValue.Kind.SUPPLIER, null, className, force, null));
        }
        Optional<List<? extends TypeMirror>> function = supertypes.arguments(supplierType, "java.util.function.Function");
        if (function.isPresent() && Supertypes.concrete(function.get())
                && supertypes.types().isAssignable(owner.asType(), function.get().get(0))
                && supertypes.types().isAssignable(function.get().get(1), target)) {
            return Optional.of(new DefaultValue(DefaultValue.Kind.FUNCTION, null, className, force, null));
        }
        report.error(field, mirror, position, Message.SUPPLIER_TYPE, name, owner.getSimpleName(), TypeText.of(field.asType()));
        return Optional.empty();
    }
}
