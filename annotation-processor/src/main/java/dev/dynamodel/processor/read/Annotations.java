package dev.dynamodel.processor.read;

import dev.dynamodel.processor.ClassNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads annotations through mirrors, by name (the names are in {@link ClassNames}): the processor
 * never loads the annotation classes, so it needs no dependency on core.
 */
public final class Annotations {
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

    /**
     * Every occurrence of a repeatable annotation: the single one, or those inside its container.
     */
    public static List<AnnotationMirror> findRepeated(Element element, String single, String container) {
        List<AnnotationMirror> out = new ArrayList<>();
        find(element, single).ifPresent(out::add);
        find(element, container).ifPresent(holder -> {
            for (AnnotationValue value : listValue(holder, "value")) {
                out.add((AnnotationMirror) value.getValue());
            }
        });
        return out;
    }

    /** An array member of an annotation; empty when not given. */
    @SuppressWarnings("unchecked")
    public static List<AnnotationValue> listValue(AnnotationMirror mirror, String member) {
        AnnotationValue value = member(mirror, member);
        return value == null ? List.of() : (List<AnnotationValue>) value.getValue();
    }

    /** An enum member's constant name, or the fallback when it is not given. */
    public static String enumValue(AnnotationMirror mirror, String member, String fallback) {
        AnnotationValue value = member(mirror, member);
        return value == null ? fallback : ((VariableElement) value.getValue()).getSimpleName().toString();
    }

    /** The value of a member, for pointing a diagnostic at it; null when not given. */
    public static AnnotationValue member(AnnotationMirror mirror, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return entry.getValue();
            }
        }
        return null;
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
