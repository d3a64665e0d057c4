package dev.dynamodel.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.TypeDeclaration;
import java.util.List;
import java.util.Map;

/**
 * A new instance of an immutable type (a record, or a class built through its constructor) with
 * some properties replaced: every other constructor argument is read back from the old instance.
 */
final class Rebuild {
    private Rebuild() {
    }

    static boolean immutable(TypeDeclaration declaration) {
        return declaration.construction() == TypeDeclaration.Construction.ALL_ARGUMENTS;
    }

    /** {@code new T(...)} from {@code instance}, with the properties in {@code replaced} (by Java name) taken from locals. */
    static CodeBlock construct(TypeDeclaration declaration, String instance, Map<String, String> replaced) {
        CodeBlock.Builder arguments = CodeBlock.builder();
        List<TypeDeclaration.ConstructorArg> args = declaration.constructorArgs();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                arguments.add(",$W");
            }
            TypeDeclaration.ConstructorArg arg = args.get(i);
            if (arg.property().isPresent()) {
                Property property = arg.property().get();
                String local = replaced.get(property.javaName());
                arguments.add(local != null ? CodeBlock.of("$L", local) : Accessors.read(property.read(), instance));
            } else {
                // The reader checked that every other argument can be read back before choosing to rebuild.
                arguments.add(Accessors.read(declaration.rules().argumentReaders().get(i).orElseThrow(), instance));
            }
        }
        return CodeBlock.of("new $T($L)", declaration.type(), arguments.build());
    }
}
