package dev.dynamodel.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dynamodel.processor.Names;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The private static fields that rule code needs (validator and supplier instances, compiled
 * patterns, parsed constants), each made once per schema however often it is used. Their names
 * follow {@link Names#ruleField} ({@code validate_IsbnValidator}, {@code pattern_1}) and come from
 * the schema's {@link Names.Members}, so they never meet another member's name.
 */
final class StaticFields {
    private final Names.Members members;
    private final Map<String, FieldSpec> fields = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    StaticFields(Names.Members members) {
        this.members = members;
    }

    /** A field holding {@code new C()}, named after the class. */
    String instance(String role, ClassName type) {
        return field(role + ":" + type.canonicalName(), Names.ruleField(role, String.join("_", type.simpleNames())),
                type, CodeBlock.of("new $T()", type));
    }

    /** A field holding a value computed once, such as a compiled pattern; numbered within its role. */
    String constant(String role, TypeName type, CodeBlock initializer) {
        String key = role + ":" + type + "=" + initializer;
        if (fields.containsKey(key)) {
            return fields.get(key).name();
        }
        int ordinal = counts.merge(role, 1, Integer::sum);
        return field(key, Names.ruleField(role, String.valueOf(ordinal)), type, initializer);
    }

    /** A field whose name was allocated already, such as the set of declared attribute names. */
    void named(String allocated, TypeName type, CodeBlock initializer) {
        fields.computeIfAbsent("named:" + allocated, k -> FieldSpec.builder(type, allocated,
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(initializer).build());
    }

    private String field(String key, String wanted, TypeName type, CodeBlock initializer) {
        return fields.computeIfAbsent(key, k -> FieldSpec.builder(type, members.name("field:" + k, wanted),
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(initializer).build()).name();
    }

    void addTo(TypeSpec.Builder spec) {
        fields.values().forEach(spec::addField);
    }
}
