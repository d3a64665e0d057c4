package dev.dynamodel.processor.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Questions about the classes users name in rule annotations (converters, validators, suppliers):
 * with which type arguments they implement a generic interface, and whether generated code can
 * create them.
 */
final class Supertypes {
    private final Elements elements;
    private final Types types;

    Supertypes(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /**
     * The type arguments with which {@code type} implements the interface, substituted through
     * its supertypes; empty when it does not implement it, or implements it raw.
     */
    Optional<List<? extends TypeMirror>> arguments(TypeMirror type, String interfaceName) {
        Deque<TypeMirror> queue = new ArrayDeque<>();
        queue.add(type);
        while (!queue.isEmpty()) {
            TypeMirror next = queue.poll();
            if (next.getKind() == TypeKind.DECLARED
                    && ((TypeElement) ((DeclaredType) next).asElement()).getQualifiedName().contentEquals(interfaceName)) {
                List<? extends TypeMirror> arguments = ((DeclaredType) next).getTypeArguments();
                return arguments.isEmpty() ? Optional.empty() : Optional.of(arguments);
            }
            queue.addAll(types.directSupertypes(next));
        }
        return Optional.empty();
    }

    /** Whether every argument is a concrete type (no type variable or wildcard) that code can name. */
    static boolean concrete(List<? extends TypeMirror> arguments) {
        return arguments.stream().allMatch(a -> a.getKind() == TypeKind.DECLARED || a.getKind() == TypeKind.ARRAY);
    }

    /**
     * Whether code generated beside {@code owner} can call {@code new C()}: a non-abstract class,
     * static if nested, public or in the owner's package, with such a no-argument constructor.
     */
    boolean instantiable(TypeMirror type, TypeElement owner) {
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement element = (TypeElement) types.asElement(type);
        Accessibility accessibility = new Accessibility(elements);
        if (element.getKind() != ElementKind.CLASS || element.getModifiers().contains(Modifier.ABSTRACT)
                || !element.getTypeParameters().isEmpty() || !accessibility.canUse(element, owner)
                || element.getNestingKind() == NestingKind.MEMBER && !element.getModifiers().contains(Modifier.STATIC)
                || element.getNestingKind() == NestingKind.LOCAL || element.getNestingKind() == NestingKind.ANONYMOUS) {
            return false;
        }
        return ElementFilter.constructorsIn(element.getEnclosedElements()).stream()
                .anyMatch(c -> c.getParameters().isEmpty() && accessibility.canUse(c, owner));
    }

    /** The wrapper of a primitive, else the type itself. */
    TypeMirror boxed(TypeMirror type) {
        return type.getKind().isPrimitive() ? types.boxedClass((javax.lang.model.type.PrimitiveType) type).asType() : type;
    }

    Types types() {
        return types;
    }
}
