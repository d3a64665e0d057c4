package dev.dynamodel.processor.read;

import dev.dynamodel.processor.Names;
import dev.dynamodel.processor.model.Property.Access;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds how generated code reads and writes a field of an ordinary class: a getter or setter when
 * there is a usable one (they may hold logic the author wants to run), else the field itself.
 */
final class AccessFinder {
    private final Types types;
    private final Accessibility accessibility;
    private final List<ExecutableElement> methods;
    private final TypeElement owner;

    AccessFinder(Elements elements, Types types, TypeElement owner) {
        this.types = types;
        this.owner = owner;
        this.accessibility = new Accessibility(elements);
        this.methods = ElementFilter.methodsIn(elements.getAllMembers(owner));
    }

    Optional<Access> reader(VariableElement field) {
        String name = field.getSimpleName().toString();
        boolean isBoolean = isBoolean(field);
        for (ExecutableElement method : methods) {
            String methodName = method.getSimpleName().toString();
            boolean named = methodName.equals(Names.getterName(name, false))
                    || isBoolean && methodName.equals(Names.getterName(name, true));
            if (named && method.getParameters().isEmpty() && usable(method)
                    && types.isSameType(method.getReturnType(), field.asType())) {
                return Optional.of(Access.method(methodName));
            }
        }
        return accessibility.canUse(field, owner) ? Optional.of(Access.field(name)) : Optional.empty();
    }

    Optional<Access> writer(VariableElement field) {
        String name = field.getSimpleName().toString();
        for (ExecutableElement method : methods) {
            if (method.getSimpleName().contentEquals(Names.setterName(name)) && method.getParameters().size() == 1
                    && usable(method) && types.isSameType(method.getParameters().get(0).asType(), field.asType())) {
                return Optional.of(Access.method(method.getSimpleName().toString()));
            }
        }
        boolean writableField = accessibility.canUse(field, owner) && !field.getModifiers().contains(Modifier.FINAL);
        return writableField ? Optional.of(Access.field(name)) : Optional.empty();
    }

    private boolean usable(ExecutableElement method) {
        return !method.getModifiers().contains(Modifier.STATIC) && accessibility.canUse(method, owner);
    }

    private static boolean isBoolean(VariableElement field) {
        TypeKind kind = field.asType().getKind();
        return kind == TypeKind.BOOLEAN || field.asType().toString().equals("java.lang.Boolean");
    }
}
