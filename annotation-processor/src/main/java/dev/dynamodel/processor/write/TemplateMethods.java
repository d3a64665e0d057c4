package dev.dynamodel.processor.write;

import static dev.dynamodel.processor.write.RuntimeTypes.ATTRIBUTE_VALUE;
import static dev.dynamodel.processor.write.RuntimeTypes.HASH_MAP;
import static dev.dynamodel.processor.write.RuntimeTypes.KEYS;
import static dev.dynamodel.processor.write.RuntimeTypes.MAP;
import static dev.dynamodel.processor.write.RuntimeTypes.OPTIONAL;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dynamodel.processor.Names;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.TypeDeclaration;
import dev.dynamodel.processor.model.ValueType;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The family-member part of an entity's schema: one {@code Template} constant per templated key
 * attribute, {@code key(...)} composing the table key from the fields, {@code partitionKey(...)}
 * methods for collections, {@code familyMember()}, and the statements {@code toItem} adds (the
 * composed keys, the index keys when their fields are present, the type name).
 */
final class TemplateMethods {
    private static final TypeName ITEM = ParameterizedTypeName.get(MAP, ClassName.get(String.class), ATTRIBUTE_VALUE);

    private final Names.Members members;

    TemplateMethods(Names.Members members) {
        this.members = members;
    }

    void addTo(TypeSpec.Builder spec, TypeDeclaration declaration, TypeDeclaration.Membership membership,
               String entityName) {
        for (TypeDeclaration.Template template : membership.templates()) {
            spec.addField(FieldSpec.builder(RuntimeTypes.TEMPLATE, templateField(template), Modifier.PRIVATE,
                            Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T($S,$W$T.of($L),$W$T.of($L))", RuntimeTypes.TEMPLATE, template.attribute(),
                            List.class, strings(template.constants()), List.class,
                            strings(template.fields().stream().map(Property::storedName).toList()))
                    .build());
        }
        TypeName optionalMember = ParameterizedTypeName.get(OPTIONAL, RuntimeTypes.FAMILY_MEMBER);
        String memberField = members.name("family:member", "FAMILY_MEMBER");
        spec.addField(FieldSpec.builder(optionalMember, memberField, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of(new $T($S,$W$S,$W$T.of($L)))", OPTIONAL, RuntimeTypes.FAMILY_MEMBER,
                        membership.typeAttribute(), membership.typeName(), List.class,
                        CodeBlock.join(membership.templates().stream()
                                .map(t -> CodeBlock.of("$L", templateField(t))).toList(), ",$W"))
                .build());
        spec.addMethod(MethodSpec.methodBuilder("familyMember")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(optionalMember)
                .addStatement("return $L", memberField)
                .build());
        spec.addMethod(key(declaration, membership, entityName));
        for (TypeDeclaration.Template template : membership.templates()) {
            if (template.partition()) {
                spec.addMethod(partitionKey(template, entityName));
            }
        }
    }

    private MethodSpec key(TypeDeclaration declaration, TypeDeclaration.Membership membership, String entityName) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("key")
                .addJavadoc("The key of the {@link $T} with these key values,\ncomposed by its templates.\n\n",
                        declaration.type())
                .addJavadoc("@throws IllegalArgumentException if a key value is null or empty\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ITEM);
        NameAllocator names = new NameAllocator();
        membership.keyFields().forEach(k -> names.newName(k.javaName()));
        String map = names.newName("key");
        for (Property field : membership.keyFields()) {
            method.addParameter(field.type().javaType(), field.javaName());
        }
        List<TypeDeclaration.Template> tableTemplates =
                membership.templates().stream().filter(t -> t.index() == null).toList();
        method.addStatement("$T $L = new $T<>($L)", ITEM, map, HASH_MAP, tableTemplates.size() + 1);
        for (TypeDeclaration.Template template : tableTemplates) {
            method.addStatement("$L.put($S,$W$L)", map, template.attribute(), compose(template, entityName));
        }
        return method.addStatement("return $L", map).build();
    }

    /** {@code TEMPLATE.compose(encodeA(require(a)), ...)}: each field checked, then encoded as stored. */
    private CodeBlock compose(TypeDeclaration.Template template, String entityName) {
        CodeBlock.Builder values = CodeBlock.builder();
        for (Property field : template.fields()) {
            if (!values.isEmpty()) {
                values.add(",$W");
            }
            CodeBlock checked = field.type() instanceof ValueType.Scalar scalar && scalar.primitive()
                    ? CodeBlock.of("$L", field.javaName())
                    : CodeBlock.of("$T.require($S,$W$S,$W$L)", KEYS, entityName, field.storedName(), field.javaName());
            values.add("$L($L)", members.encoder(field.javaName()), checked);
        }
        return CodeBlock.of("$L.compose($L)", templateField(template), values.build());
    }

    private MethodSpec partitionKey(TypeDeclaration.Template template, String entityName) {
        String wanted = template.index() == null ? "partitionKey"
                : lowerCamel(template.index()) + "PartitionKey";
        MethodSpec.Builder method = MethodSpec.methodBuilder(
                        members.name("partition:" + template.index(), wanted))
                .addJavadoc("The partition {@code $L} of $L,\nfor a collection query of the family.\n",
                        template.text(), template.index() == null ? "the table" : "index " + template.index())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(RuntimeTypes.PARTITION_KEY);
        for (Property field : template.fields()) {
            method.addParameter(field.type().javaType(), field.javaName());
        }
        return method.addStatement("return new $T($L,$W$S,$W$L)", RuntimeTypes.PARTITION_KEY,
                template.index() == null ? "null" : CodeBlock.of("$S", template.index()), template.attribute(),
                compose(template, entityName)).build();
    }

    /**
     * In {@code toItem}, after the fields: the table keys (from {@code keyOf}, which refuses null
     * key fields), each index's keys when all their fields are present, and the type name.
     */
    void putInto(MethodSpec.Builder method, TypeDeclaration declaration, String value, String item) {
        TypeDeclaration.Membership membership = declaration.table().flatMap(TypeDeclaration.Table::membership)
                .orElse(null);
        if (membership == null) {
            return;
        }
        method.addStatement("$L.putAll(keyOf($L))", item, value);
        for (TypeDeclaration.Template template : membership.templates()) {
            if (template.index() == null) {
                continue;
            }
            // A sparse index: an item without the fields is left out of the index.
            CodeBlock.Builder present = CodeBlock.builder();
            CodeBlock.Builder values = CodeBlock.builder();
            for (Property field : template.fields()) {
                CodeBlock read = Accessors.read(field.read(), value);
                if (!(field.type() instanceof ValueType.Scalar scalar && scalar.primitive())) {
                    present.add(present.isEmpty() ? "$L != null" : " && $L != null", read);
                }
                values.add(values.isEmpty() ? "$L($L)" : ",$W$L($L)", members.encoder(field.javaName()), read);
            }
            CodeBlock put = CodeBlock.of("$L.put($S,$W$L.compose($L))", item, template.attribute(),
                    templateField(template), values.build());
            if (present.isEmpty()) {
                method.addStatement(put);
            } else {
                method.beginControlFlow("if ($L)", present.build()).addStatement(put).endControlFlow();
            }
        }
        if (membership.typeAttribute() != null) {
            method.addStatement("$L.put($S,$W$T.fromS($S))", item, membership.typeAttribute(), ATTRIBUTE_VALUE,
                    membership.typeName());
        }
    }

    /** How many attributes {@link #putInto} may add to an item: the composed keys and the type attribute. */
    static int addedAttributes(TypeDeclaration declaration) {
        return declaration.table().flatMap(TypeDeclaration.Table::membership)
                .map(m -> m.templates().size() + (m.typeAttribute() == null ? 0 : 1)).orElse(0);
    }

    private String templateField(TypeDeclaration.Template template) {
        return members.name("template:" + template.attribute(), "TEMPLATE_" + Names.constantName(template.attribute()));
    }

    private static CodeBlock strings(List<String> values) {
        return CodeBlock.join(values.stream().map(v -> CodeBlock.of("$S", v)).toList(), ",$W");
    }

    private static String lowerCamel(String indexName) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : indexName.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = out.length() > 0;
                continue;
            }
            out.append(upper ? Character.toUpperCase(c) : out.length() == 0 ? Character.toLowerCase(c) : c);
            upper = false;
        }
        return out.length() == 0 || !Character.isJavaIdentifierStart(out.charAt(0)) ? "index" + out : out.toString();
    }
}
