package dev.dynamodel.processor.read;

import dev.dynamodel.processor.ClassNames;
import dev.dynamodel.processor.model.Shape;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Tells, from a nested document's declaration, whether its schema validates or applies defaults,
 * here or further down. The owner's generated code calls into a nested schema only then, so that
 * lists of plain documents are not walked for nothing. It may answer yes too often (the nested
 * {@code validate} then does nothing), never no when there is a rule.
 */
final class RulesScan {

    boolean validates(TypeElement type) {
        return validates(type, new HashSet<>());
    }

    boolean defaults(TypeElement type) {
        return defaults(type, new HashSet<>());
    }

    private boolean validates(TypeElement type, Set<String> visiting) {
        if (!visiting.add(type.getQualifiedName().toString())) {
            return false; // a cycle: the path that entered it answers for it
        }
        if (Annotations.has(type, ClassNames.VALIDATE_WITH)) {
            return true;
        }
        if (type.getKind() == ElementKind.INTERFACE) {
            // A polymorphic document validates when any of its permitted documents does.
            boolean any = type.getPermittedSubclasses().stream()
                    .anyMatch(p -> validates((TypeElement) ((DeclaredType) p).asElement(), visiting));
            visiting.remove(type.getQualifiedName().toString());
            return any;
        }
        for (VariableElement field : storedFields(type)) {
            if (hasConstraint(field.getAnnotationMirrors()) || typeValidates(field.asType(), visiting)) {
                return true;
            }
        }
        visiting.remove(type.getQualifiedName().toString());
        return false;
    }

    private boolean typeValidates(TypeMirror type, Set<String> visiting) {
        Shape shape = Shapes.of(type);
        if (shape == Shape.FLOATING || shape == Shape.BIG_DECIMAL || shape == Shape.BIG_INTEGER) {
            return true; // the built-in number rule
        }
        if (shape == Shape.DOCUMENT) {
            return validates((TypeElement) ((DeclaredType) type).asElement(), visiting);
        }
        TypeMirror element = Shapes.elementOf(type, shape);
        return element != null && (hasConstraint(element.getAnnotationMirrors()) || typeValidates(element, visiting));
    }

    private boolean defaults(TypeElement type, Set<String> visiting) {
        if (!visiting.add(type.getQualifiedName().toString())) {
            return false;
        }
        if (type.getKind() == ElementKind.INTERFACE) {
            boolean any = type.getPermittedSubclasses().stream()
                    .anyMatch(p -> defaults((TypeElement) ((DeclaredType) p).asElement(), visiting));
            visiting.remove(type.getQualifiedName().toString());
            return any;
        }
        for (VariableElement field : storedFields(type)) {
            if (Annotations.has(field, ClassNames.DEFAULT) || Annotations.has(field, ClassNames.DEFAULT_SUPPLIER)
                    || Annotations.has(field, ClassNames.AUTO_ID)
                    || typeDefaults(field.asType(), visiting)) {
                return true;
            }
        }
        visiting.remove(type.getQualifiedName().toString());
        return false;
    }

    private boolean typeDefaults(TypeMirror type, Set<String> visiting) {
        Shape shape = Shapes.of(type);
        if (shape == Shape.DOCUMENT) {
            return defaults((TypeElement) ((DeclaredType) type).asElement(), visiting);
        }
        TypeMirror element = Shapes.elementOf(type, shape);
        return element != null && typeDefaults(element, visiting);
    }

    private static boolean hasConstraint(Iterable<? extends AnnotationMirror> annotations) {
        for (AnnotationMirror mirror : annotations) {
            if (ConstraintAnnotations.isConstraint(AnnotationValues.qualifiedName(mirror))) {
                return true;
            }
        }
        return false;
    }

    /** The fields a type stores, superclasses included, as the declaration reader finds them. */
    private static Iterable<VariableElement> storedFields(TypeElement type) {
        java.util.List<VariableElement> out = new java.util.ArrayList<>();
        for (Element t = type; t instanceof TypeElement te && t.getKind() != ElementKind.INTERFACE;
                t = te.getSuperclass().getKind() == TypeKind.DECLARED ? ((DeclaredType) te.getSuperclass()).asElement() : null) {
            for (VariableElement field : ElementFilter.fieldsIn(t.getEnclosedElements())) {
                if (!field.getModifiers().contains(Modifier.STATIC) && !Annotations.has(field, ClassNames.IGNORE)) {
                    out.add(field);
                }
            }
        }
        return out;
    }
}
