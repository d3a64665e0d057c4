package dev.dynamodel.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Typed reads of annotation members through mirrors, defaults included, so that annotations of
 * libraries the processor does not depend on (jakarta.validation) read as easily as its own.
 */
final class AnnotationValues {
    private final Elements elements;

    AnnotationValues(Elements elements) {
        this.elements = elements;
    }

    /** The member's value, its declared default if not given. */
    AnnotationValue value(AnnotationMirror mirror, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return entry.getValue();
            }
        }
        throw new IllegalArgumentException("no member " + member + " in " + mirror);
    }

    /** The member's value as written in source, or null when it is left to its default (for error positions). */
    AnnotationValue explicit(AnnotationMirror mirror, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return entry.getValue();
            }
        }
        return null;
    }

    boolean has(AnnotationMirror mirror, String member) {
        return elements.getElementValuesWithDefaults(mirror).keySet().stream()
                .anyMatch(m -> m.getSimpleName().contentEquals(member));
    }

    String string(AnnotationMirror mirror, String member) {
        return (String) value(mirror, member).getValue();
    }

    long number(AnnotationMirror mirror, String member) {
        return ((Number) value(mirror, member).getValue()).longValue();
    }

    boolean bool(AnnotationMirror mirror, String member) {
        return (Boolean) value(mirror, member).getValue();
    }

    TypeMirror type(AnnotationMirror mirror, String member) {
        return (TypeMirror) value(mirror, member).getValue();
    }

    /** The elements of an array member, each still an {@link AnnotationValue} for positions. */
    List<AnnotationValue> array(AnnotationMirror mirror, String member) {
        Object value = value(mirror, member).getValue();
        List<AnnotationValue> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object element : list) {
                out.add((AnnotationValue) element);
            }
        }
        return out;
    }

    List<String> strings(AnnotationMirror mirror, String member) {
        return array(mirror, member).stream().map(v -> (String) v.getValue()).toList();
    }

    /** The constant names of an enum-array member, such as {@code @Pattern(flags = ...)}. */
    List<String> enumNames(AnnotationMirror mirror, String member) {
        return array(mirror, member).stream()
                .map(v -> ((VariableElement) v.getValue()).getSimpleName().toString()).toList();
    }

    /** The annotations of an annotation-array member, such as the {@code value} of {@code @Pattern.List}. */
    List<AnnotationMirror> annotations(AnnotationMirror mirror, String member) {
        return array(mirror, member).stream().map(v -> (AnnotationMirror) v.getValue()).toList();
    }

    static String qualifiedName(AnnotationMirror mirror) {
        return ((javax.lang.model.element.TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    static String simpleName(AnnotationMirror mirror) {
        return mirror.getAnnotationType().asElement().getSimpleName().toString();
    }
}
