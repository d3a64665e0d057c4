package dev.dynamodel.processor.read;

import dev.dynamodel.processor.ClassNames;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.TypeDeclaration;
import dev.dynamodel.processor.model.ValueType;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Collects the {@code @HashKey} and {@code @RangeKey} fields of an entity, and reports repeated,
 * ignored or non-scalar keys. (Keys on a document are reported by {@link EntityOnlyAnnotations}.)
 */
final class KeyCollector {
    private final TypeElement type;
    private final Report report;
    private FieldReader.Candidate hashField;
    private FieldReader.Candidate rangeField;
    private Property hashKey;
    private Property rangeKey;
    private boolean hashDeclared;

    KeyCollector(TypeElement type, Report report) {
        this.type = type;
        this.report = report;
    }

    void consider(FieldReader.Candidate candidate, Optional<Property> property) {
        Optional<AnnotationMirror> hash = Annotations.find(candidate.field(), ClassNames.HASH_KEY);
        Optional<AnnotationMirror> range = Annotations.find(candidate.field(), ClassNames.RANGE_KEY);
        hashDeclared |= hash.isPresent();
        if (hash.isPresent() && accept(candidate, hash.get(), property)) {
            if (hashField != null) {
                report.error(candidate.field(), hash.get(), Message.TWO_HASH_KEYS, hashField.field().getSimpleName());
            } else {
                hashField = candidate;
                hashKey = property.orElse(null);
            }
        }
        if (range.isPresent() && accept(candidate, range.get(), property)) {
            if (rangeField != null) {
                report.error(candidate.field(), range.get(), Message.TWO_RANGE_KEYS, rangeField.field().getSimpleName());
            } else {
                rangeField = candidate;
                rangeKey = property.orElse(null);
            }
        }
    }

    /** A static or transient field's @HashKey is reported on that field, so "none is declared" would mislead. */
    void considerUnstored(VariableElement field) {
        hashDeclared |= Annotations.has(field, ClassNames.HASH_KEY);
    }

    private boolean accept(FieldReader.Candidate candidate, AnnotationMirror key, Optional<Property> property) {
        if (candidate.ignored()) {
            report.error(candidate.field(), key, Message.KEY_IGNORED);
            return false;
        }
        // No property means its type was unsupported or unreachable, which is reported already.
        boolean scalar = property.map(p -> p.type() instanceof ValueType.Scalar s && s.kind().keyable())
                .orElse(true);
        if (!scalar) {
            report.error(candidate.field(), key, Message.KEY_NOT_SCALAR, candidate.field().getSimpleName(),
                    candidate.field().asType());
            return false;
        }
        return true;
    }

    /** The table, when the keys are complete. */
    Optional<TypeDeclaration.Table> table(String tableName) {
        if (hashField == null) {
            if (!hashDeclared) {
                report.error(type, Message.NO_HASH_KEY, type.getSimpleName());
            }
            return Optional.empty();
        }
        if (hashKey == null || rangeField != null && rangeKey == null) {
            return Optional.empty();
        }
        return Optional.of(new TypeDeclaration.Table(tableName, hashKey, Optional.ofNullable(rangeKey), List.of(),
                Optional.empty()));
    }
}
