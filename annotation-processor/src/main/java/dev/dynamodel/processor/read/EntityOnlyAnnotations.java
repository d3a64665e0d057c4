package dev.dynamodel.processor.read;

import dev.dynamodel.processor.ClassNames;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The annotations that only an entity's table gives a meaning to (keys, indexes, version,
 * timestamps, TTL, table options), reported on a {@code @Document} that carries them, each on the annotation
 * itself. The one place that decides what a document may not declare: the readers of keys,
 * indexes, versions, timestamps and TTL run for entities only.
 */
final class EntityOnlyAnnotations {
    private EntityOnlyAnnotations() {
    }

    static void reportOn(TypeElement document, List<FieldReader.Candidate> candidates, Report report) {
        Name name = document.getSimpleName();
        Annotations.find(document, ClassNames.TIMESTAMPS).ifPresent(timestamps ->
                report.error(document, timestamps, Message.TIMESTAMPS_ON_DOCUMENT, name));
        Annotations.find(document, ClassNames.TABLE).ifPresent(table ->
                report.error(document, table, Message.TABLE_ON_DOCUMENT, name));
        for (FieldReader.Candidate candidate : candidates) {
            VariableElement field = candidate.field();
            Annotations.find(field, ClassNames.HASH_KEY).ifPresent(key ->
                    report.error(field, key, Message.KEY_ON_DOCUMENT, "HashKey", name));
            Annotations.find(field, ClassNames.RANGE_KEY).ifPresent(key ->
                    report.error(field, key, Message.KEY_ON_DOCUMENT, "RangeKey", name));
            Annotations.find(field, ClassNames.VERSION).ifPresent(version ->
                    report.error(field, version, Message.VERSION_MISPLACED, name + " is a @Document"));
            for (AnnotationMirror index : Annotations.findRepeated(field, ClassNames.GLOBAL_INDEX, ClassNames.GLOBAL_INDEXES)) {
                report.error(field, index, Message.INDEX_ON_DOCUMENT, name);
            }
            for (AnnotationMirror index : Annotations.findRepeated(field, ClassNames.LOCAL_INDEX, ClassNames.LOCAL_INDEXES)) {
                report.error(field, index, Message.INDEX_ON_DOCUMENT, name);
            }
            // A @Ttl on an ignored field is reported as a rule on an ignored field: one mistake, one error.
            if (!candidate.ignored()) {
                Annotations.find(field, ClassNames.TTL).ifPresent(ttl ->
                        report.error(field, ttl, Message.TTL_ON_DOCUMENT, name));
            }
        }
    }
}
