package dev.dynamodel.processor.read;

import com.palantir.javapoet.TypeName;
import dev.dynamodel.processor.ClassNames;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.Shape;
import dev.dynamodel.processor.model.TimestampRules;
import dev.dynamodel.processor.model.TimestampRules.Form;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads an entity's {@code @Timestamps}: the fields it names must be stored, of type Instant,
 * long or Long, fit the storage, and carry no rule of their own (the write sets them). (Timestamps
 * on a document are reported by {@link EntityOnlyAnnotations}.)
 */
final class TimestampReader {
    private final AnnotationValues values;
    private final Report report;

    TimestampReader(AnnotationValues values, Report report) {
        this.values = values;
        this.report = report;
    }

    /**
     * @param properties stored properties by Java name
     * @param fields     their fields, by Java name
     */
    Optional<TimestampRules> read(TypeElement type, Map<String, Property> properties,
                                  Map<String, VariableElement> fields) {
        Optional<TimestampsDeclaration> declared = TimestampsDeclaration.of(type, values);
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        TimestampsDeclaration timestamps = declared.get();
        if (!timestamps.createdAt().isEmpty() && timestamps.createdAt().equals(timestamps.updatedAt())) {
            report.error(type, timestamps.mirror(), values.explicit(timestamps.mirror(), "updatedAt"),
                    Message.TIMESTAMP_SAME_FIELD, timestamps.createdAt());
            return Optional.empty();
        }
        Optional<TimestampRules.Stamp> created = stamp(type, timestamps, "createdAt", timestamps.createdAt(), properties, fields);
        Optional<TimestampRules.Stamp> updated = stamp(type, timestamps, "updatedAt", timestamps.updatedAt(), properties, fields);
        return Optional.of(new TimestampRules(created, updated));
    }

    private Optional<TimestampRules.Stamp> stamp(TypeElement type, TimestampsDeclaration timestamps, String member,
                                                 String name, Map<String, Property> properties,
                                                 Map<String, VariableElement> fields) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        AnnotationMirror mirror = timestamps.mirror();
        Property property = properties.get(name);
        if (property == null) {
            report.error(type, mirror, values.explicit(mirror, member), Message.TIMESTAMP_FIELD_MISSING, member, name,
                    type.getSimpleName());
            return Optional.empty();
        }
        VariableElement field = fields.get(name);
        Shape shape = Shapes.of(field.asType());
        TypeName javaType = TypeName.get(field.asType());
        boolean isLong = javaType.equals(TypeName.LONG) || javaType.equals(TypeName.LONG.box());
        if (shape != Shape.INSTANT && !isLong) {
            report.error(field, Message.TIMESTAMP_FIELD_TYPE, name, TypeText.of(field.asType()));
            return Optional.empty();
        }
        if (isLong && timestamps.storage().equals("ISO_8601")) {
            report.error(field, Message.TIMESTAMP_ISO_NEEDS_INSTANT, name, TypeText.of(field.asType()));
            return Optional.empty();
        }
        for (AnnotationMirror rule : field.getAnnotationMirrors()) {
            String qualifiedName = AnnotationValues.qualifiedName(rule);
            if (ConstraintAnnotations.isConstraint(qualifiedName) || qualifiedName.equals(ClassNames.DEFAULT)
                    || qualifiedName.equals(ClassNames.DEFAULT_SUPPLIER) || qualifiedName.equals(ClassNames.AUTO_ID)
                    || qualifiedName.equals(ClassNames.CONVERT)) {
                report.error(field, rule, Message.RULE_ON_MANAGED, AnnotationValues.simpleName(rule), name,
                        "@Timestamps sets and stores its value on every write");
                return Optional.empty();
            }
        }
        Form form = switch (timestamps.storage()) {
            case "EPOCH_MILLIS" -> isLong ? Form.EPOCH_MILLIS : Form.INSTANT_MILLIS;
            case "EPOCH_SECONDS" -> isLong ? Form.EPOCH_SECONDS : Form.INSTANT_SECONDS;
            default -> Form.INSTANT;
        };
        return Optional.of(new TimestampRules.Stamp(property, form));
    }
}
