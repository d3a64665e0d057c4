package dev.dynamodel.processor.read;

import dev.dynamodel.processor.ClassNames;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.ScalarKind;
import dev.dynamodel.processor.model.ValueType;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Finds the {@code @Version} field of an entity and checks its type and place. (A version on a
 * document is reported by {@link EntityOnlyAnnotations}.)
 */
final class VersionReader {
    private VersionReader() {
    }

    static Optional<Property> read(TypeElement type, java.util.List<FieldReader.Candidate> candidates,
                                   Map<String, Property> byJavaName, Report report) {
        Property found = null;
        String foundName = null;
        for (FieldReader.Candidate candidate : candidates) {
            Optional<AnnotationMirror> mirror = Annotations.find(candidate.field(), ClassNames.VERSION);
            if (mirror.isEmpty()) {
                continue;
            }
            String name = candidate.field().getSimpleName().toString();
            boolean key = Annotations.has(candidate.field(), ClassNames.HASH_KEY)
                    || Annotations.has(candidate.field(), ClassNames.RANGE_KEY);
            if (key || candidate.ignored()) {
                report.error(candidate.field(), mirror.get(), Message.VERSION_MISPLACED,
                        name + (key ? " is a key" : " is ignored"));
                continue;
            }
            Property property = byJavaName.get(name);
            if (property == null) {
                continue; // its type error is reported already
            }
            boolean integral = property.type() instanceof ValueType.Scalar scalar
                    && (scalar.kind() == ScalarKind.LONG || scalar.kind() == ScalarKind.INT);
            if (!integral) {
                report.error(candidate.field(), mirror.get(), Message.VERSION_TYPE, name, candidate.field().asType());
            } else if (found != null) {
                report.error(candidate.field(), mirror.get(), Message.TWO_VERSIONS, foundName);
            } else {
                found = property;
                foundName = name;
            }
        }
        return Optional.ofNullable(found);
    }
}
