package dev.dynamodel.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.dynamodel.processor.model.Property.Access;

/** The code that reads a value from an instance, or writes one into it, through a field or method. */
final class Accessors {
    private Accessors() {
    }

    static CodeBlock read(Access access, String instance) {
        return access.kind() == Access.Kind.METHOD
                ? CodeBlock.of("$L.$L()", instance, access.name())
                : CodeBlock.of("$L.$L", instance, access.name());
    }

    static CodeBlock write(Access access, String instance, CodeBlock value) {
        return access.kind() == Access.Kind.METHOD
                ? CodeBlock.of("$L.$L($L)", instance, access.name(), value)
                : CodeBlock.of("$L.$L = $L", instance, access.name(), value);
    }
}
