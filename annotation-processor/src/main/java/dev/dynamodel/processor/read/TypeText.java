package dev.dynamodel.processor.read;

import com.palantir.javapoet.TypeName;
import javax.lang.model.type.TypeMirror;

/**
 * A type as messages show it: without its type annotations, which javac otherwise prints
 * ({@code @NotNull int} for a record component's {@code int}).
 */
final class TypeText {
    private TypeText() {
    }

    static String of(TypeMirror type) {
        try {
            return TypeName.get(type).withoutAnnotations().toString();
        } catch (RuntimeException e) {
            return type.toString(); // an erroneous type: javac reports it already
        }
    }
}
