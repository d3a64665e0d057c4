package dev.dynamodel.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The private static fields that rule code needs (converter, validator and supplier instances,
 * compiled patterns, parsed constants), each made once per schema however often it is used.
 * Their names are lower case with a role prefix ({@code validate_IsbnValidator},
 * {@code pattern_1}), so they never meet the upper-case attribute constants.
 */
final class StaticFields {
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, FieldSpec> fields = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>();

    /** A field holding {@code new C()}, named after the class. */
    String instance(String role, ClassName type) {
        return field(role + ":" + type.canonicalName(), role + "_" + String.join("_", type.simpleNames()), type,
                CodeBlock.of("new $T()", type));
    }

    /** A field holding a value computed once, such as a compiled pattern. */
    String constant(String role, TypeName type, CodeBlock initializer) {
        return field(role + ":" + type + "=" + initializer, role, type, initializer);
    }

    /** A field of a fixed name (a converter's, named when the type was read). */
    void named(String name, TypeName type, CodeBlock initializer) {
        field("named:" + name, name, type, initializer);
    }

    private String field(String key, String base, TypeName type, CodeBlock initializer) {
        return names.computeIfAbsent(key, k -> {
            // Numbered constants (pattern_1) and class-named instances: never a keyword, never a clash.
            boolean numbered = !base.contains("_");
            String name = numbered ? base + "_1" : base;
            for (int i = 2; !taken.add(name); i++) {
                name = base + "_" + i;
            }
            fields.put(name, FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(initializer).build());
            return name;
        });
    }

    void addTo(TypeSpec.Builder spec) {
        fields.values().forEach(spec::addField);
    }
}
