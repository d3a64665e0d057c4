package dev.dynamodel.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.dynamodel.processor.Names;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.TypeDeclaration;
import java.util.Optional;
import java.util.Set;

/**
 * The statements that carry an {@code @Unknown} field through {@code toItem} and {@code fromItem}:
 * undeclared attributes are collected on read and written back first on write, so that declared
 * attributes always win. Nothing is generated for a type without such a field.
 */
final class UnknownsCode {
    /** The schema's set of declared attribute names (its wanted name; the schema's members allocate it). */
    private static final String DECLARED = "declared_attributes";

    private UnknownsCode() {
    }

    /** The name of the schema's set of declared attribute names. */
    private static String declared(Names.Members members) {
        return members.name("unknowns:declared", DECLARED);
    }

    static void declareNames(StaticFields fields, Names.Members members, TypeDeclaration declaration) {
        if (declaration.rules().unknown().isEmpty()) {
            return;
        }
        CodeBlock.Builder names = CodeBlock.builder().add("$T.of(", Set.class);
        for (int i = 0; i < declaration.properties().size(); i++) {
            // $W lets the writer wrap a long list of names, as it wraps every other generated line.
            names.add(i == 0 ? "$S" : ",$W$S", declaration.properties().get(i).storedName());
        }
        fields.named(declared(members), ParameterizedTypeName.get(ClassName.get(Set.class), ClassName.get(String.class)),
                names.add(")").build());
    }

    /** In {@code toItem}, right after the item map is made. */
    static void putInto(MethodSpec.Builder method, TypeDeclaration declaration, Names.Members members, String value,
                        String item) {
        declaration.rules().unknown().ifPresent(unknown -> method.addStatement("$T.putAll($L, $L, $L)",
                RuntimeTypes.UNKNOWNS, item, Accessors.read(unknown.read(), value), declared(members)));
    }

    /** In {@code fromItem} of an immutable type: the value of constructor argument {@code index}, if it is the catch-all. */
    static Optional<CodeBlock> argument(TypeDeclaration declaration, Names.Members members, int index, String item) {
        return declaration.rules().unknown()
                .filter(unknown -> unknown.constructorIndex() == index)
                .map(unknown -> collect(members, item));
    }

    /** In {@code fromItem} of a mutable type, after the declared properties are set. */
    static void setAfterRead(MethodSpec.Builder method, TypeDeclaration declaration, Names.Members members,
                             String entity, String item) {
        declaration.rules().unknown()
                .filter(unknown -> unknown.write().kind() != Property.Access.Kind.CONSTRUCTOR)
                .ifPresent(unknown -> method.addStatement(Accessors.write(unknown.write(), entity,
                        collect(members, item))));
    }

    private static CodeBlock collect(Names.Members members, String item) {
        return CodeBlock.of("$T.collect($L, $L)", RuntimeTypes.UNKNOWNS, item, declared(members));
    }
}
