package dev.dynamodel.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dynamodel.processor.Names;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.Property.Access;
import dev.dynamodel.processor.model.TypeDeclaration;
import dev.dynamodel.processor.model.TypeDeclaration.Construction;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Name>Builder}: a new value field by field ({@code create()}), or a copy of one
 * with some fields changed ({@code from(value)}), for every entity and document. A record or an
 * immutable class is built through its constructor with every argument, ignored components
 * included; a mutable class is made with its no-argument constructor and the stored fields (and
 * the {@code @Unknown} catch-all) set, so {@code create()} starts from the values that constructor
 * gives. A separate class, since generated code cannot add methods to the user's type.
 */
public final class BuilderWriter {
    /** The type of an {@code @Unknown} catch-all. */
    private static final TypeName ITEM = ParameterizedTypeName.get(RuntimeTypes.MAP, ClassName.get(String.class),
            RuntimeTypes.ATTRIBUTE_VALUE);

    private final boolean markGenerated;

    /** @param markGenerated as for {@link SchemaWriter#SchemaWriter(boolean)} */
    public BuilderWriter(boolean markGenerated) {
        this.markGenerated = markGenerated;
    }

    /** One field the builder holds: its name and type, and how to read it from a value and put it into one. */
    private record Slot(String name, TypeName type, Access read, Access write) {
    }

    public JavaFile write(TypeDeclaration declaration) {
        ClassName type = declaration.type();
        ClassName builder = Names.builderClass(type);
        List<Slot> slots = slots(declaration);
        NameAllocator locals = new NameAllocator();
        slots.forEach(slot -> locals.newName(slot.name()));
        String value = locals.newName("value");
        String made = locals.newName("builder");

        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addJavadoc("Builds {@link $T} values: a new one field by field, or a copy of one with some fields\n"
                        + "changed. No reflection: plain fields and a direct constructor call.\n\n"
                        + "<pre>{@code\n$T changed = $T.from(value).$L(...).build();\n}</pre>\n",
                        type, type, builder, slots.isEmpty() ? "build" : slots.get(0).name())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        Generated.addTo(spec, markGenerated);
        for (Slot slot : slots) {
            spec.addField(FieldSpec.builder(slot.type(), slot.name(), Modifier.PRIVATE).build());
        }
        spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

        MethodSpec.Builder create = MethodSpec.methodBuilder("create")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder);
        if (declaration.construction() == Construction.NO_ARGUMENTS_THEN_SET) {
            create.addJavadoc("A builder holding what {@code new $T()} holds.\n", type)
                    .addStatement("return from(new $T())", type);
        } else {
            create.addJavadoc("A builder with every field unset: null, or zero and false for primitives.\n")
                    .addStatement("return new $T()", builder);
        }
        spec.addMethod(create.build());

        MethodSpec.Builder from = MethodSpec.methodBuilder("from")
                .addJavadoc("A builder holding every field of {@code $L}, which is left unchanged.\n", value)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addParameter(type, value)
                .addStatement("$T $L = new $T()", builder, made, builder);
        for (Slot slot : slots) {
            from.addStatement("$L.$L = $L", made, slot.name(), Accessors.read(slot.read(), value));
        }
        spec.addMethod(from.addStatement("return $L", made).build());

        for (Slot slot : slots) {
            spec.addMethod(MethodSpec.methodBuilder(slot.name())
                    .addJavadoc("Sets {@code $L}.\n", slot.name())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(slot.type(), slot.name())
                    .addStatement("this.$L = $L", slot.name(), slot.name())
                    .addStatement("return this")
                    .build());
        }
        spec.addMethod(build(declaration, slots, value));
        return JavaFile.builder(builder.packageName(), spec.build()).skipJavaLangImports(true).indent("    ").build();
    }

    /** The constructor arguments in order, or the stored fields; then a catch-all set after construction. */
    private static List<Slot> slots(TypeDeclaration declaration) {
        List<Slot> slots = new ArrayList<>();
        if (declaration.construction() == Construction.ALL_ARGUMENTS) {
            for (TypeDeclaration.ConstructorArg arg : declaration.constructorArgs()) {
                // An argument that is no property is an ignored or catch-all record component: its accessor reads it.
                Access read = arg.property().map(Property::read).orElse(Access.method(arg.javaName()));
                slots.add(new Slot(arg.javaName(), arg.javaType(), read, Access.constructor()));
            }
        } else {
            List<Property> properties = declaration.properties();
            for (int i = 0; i < properties.size(); i++) {
                Property property = properties.get(i);
                slots.add(new Slot(property.javaName(), declaration.rules().of(i).value().javaType(), property.read(),
                        property.write()));
            }
        }
        declaration.rules().unknown()
                .filter(unknown -> unknown.write().kind() != Access.Kind.CONSTRUCTOR)
                .ifPresent(unknown -> slots.add(new Slot(unknown.javaName(), ITEM, unknown.read(),
                        unknown.write())));
        return slots;
    }

    private static MethodSpec build(TypeDeclaration declaration, List<Slot> slots, String value) {
        ClassName type = declaration.type();
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addJavadoc("A new {@link $T} with the fields this builder holds; the builder can go on.\n", type)
                .addModifiers(Modifier.PUBLIC)
                .returns(type);
        List<Slot> setAfter = slots.stream().filter(s -> s.write().kind() != Access.Kind.CONSTRUCTOR).toList();
        List<CodeBlock> arguments = slots.stream().filter(s -> s.write().kind() == Access.Kind.CONSTRUCTOR)
                .map(s -> CodeBlock.of("$L", s.name())).toList();
        CodeBlock constructed = CodeBlock.of("new $T($L)", type, CodeBlock.join(arguments, ",$W"));
        if (setAfter.isEmpty()) {
            return build.addStatement("return $L", constructed).build();
        }
        build.addStatement("$T $L = $L", type, value, constructed);
        for (Slot slot : setAfter) {
            build.addStatement(Accessors.write(slot.write(), value, CodeBlock.of("$L", slot.name())));
        }
        return build.addStatement("return $L", value).build();
    }
}
