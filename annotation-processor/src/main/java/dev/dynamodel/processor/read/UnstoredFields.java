package dev.dynamodel.processor.read;

import dev.dynamodel.processor.ClassNames;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/**
 * Static and transient fields are never stored, so the annotations that only act on a stored
 * field would be silently ignored there; each is reported on the field instead.
 */
final class UnstoredFields {
    private static final List<String> STORED_ONLY = List.of(ClassNames.HASH_KEY, ClassNames.RANGE_KEY,
            ClassNames.TTL, ClassNames.VERSION, ClassNames.GLOBAL_INDEX, ClassNames.GLOBAL_INDEXES,
            ClassNames.LOCAL_INDEX, ClassNames.LOCAL_INDEXES);

    private UnstoredFields() {
    }

    /** Reports every stored-only annotation on {@code field}, which has {@code modifier} (static or transient). */
    static void check(VariableElement field, String modifier, Report report) {
        for (String name : STORED_ONLY) {
            Annotations.find(field, name).ifPresent(mirror -> report.error(field, mirror,
                    Message.ANNOTATION_ON_UNSTORED_FIELD, simpleName(mirror), field.getSimpleName(), modifier, modifier));
        }
    }

    private static String simpleName(AnnotationMirror mirror) {
        return mirror.getAnnotationType().asElement().getSimpleName().toString();
    }
}
