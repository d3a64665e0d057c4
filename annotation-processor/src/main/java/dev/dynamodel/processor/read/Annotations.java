package dev.dynamodel.processor.read;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads annotations through mirrors, by name: the processor never loads the annotation classes,
 * so it needs no dependency on core.
 */
public final class Annotations {
    public static final String ENTITY = "dev.dynamodel.annotation.Entity";
    public static final String DOCUMENT = "dev.dynamodel.annotation.Document";
    public static final String HASH_KEY = "dev.dynamodel.annotation.HashKey";
    public static final String RANGE_KEY = "dev.dynamodel.annotation.RangeKey";
    public static final String ATTRIBUTE = "dev.dynamodel.annotation.Attribute";
    public static final String IGNORE = "dev.dynamodel.annotation.Ignore";

    private Annotations() {
    }

    /** The annotation of that qualified name on the element, if present. */
    public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(qualifiedName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    public static boolean has(Element element, String qualifiedName) {
        return find(element, qualifiedName).isPresent();
    }

    /** A string member of an annotation, or the fallback when it is not given. */
    public static String stringValue(AnnotationMirror mirror, String member, String fallback) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return String.valueOf(entry.getValue().getValue());
            }
        }
        return fallback;
    }
}
