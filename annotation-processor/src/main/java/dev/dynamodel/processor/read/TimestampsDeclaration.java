package dev.dynamodel.processor.read;

import dev.dynamodel.processor.ClassNames;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The members of a type's {@code @Timestamps}, as written: read by the converter step (an Instant
 * stored as epoch numbers needs a converter) and by the timestamp rules.
 *
 * @param storage the {@code TimestampStorage} constant name
 */
record TimestampsDeclaration(AnnotationMirror mirror, String createdAt, String updatedAt, String storage) {

    static Optional<TimestampsDeclaration> of(TypeElement type, AnnotationValues values) {
        return Annotations.find(type, ClassNames.TIMESTAMPS).map(mirror -> new TimestampsDeclaration(mirror,
                values.string(mirror, "createdAt"), values.string(mirror, "updatedAt"),
                ((VariableElement) values.value(mirror, "storage").getValue()).getSimpleName().toString()));
    }

    /** Whether the field is stamped, judged by its name. */
    boolean stamps(String javaName) {
        return !javaName.isEmpty() && (javaName.equals(createdAt) || javaName.equals(updatedAt));
    }
}
