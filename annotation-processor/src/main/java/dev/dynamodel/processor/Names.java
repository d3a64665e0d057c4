package dev.dynamodel.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every rule for the names of generated things, in one place. The rules say which name is wanted;
 * {@link Members} hands it out through JavaPoet's {@link NameAllocator}, so that a wanted name that
 * is a keyword ({@code class}, {@code default}) or already taken gets a suffix instead of a clash.
 */
public final class Names {
    private Names() {
    }

    /** {@code Movie} -> {@code MovieSchema}; a nested {@code Outer.Inner} -> {@code Outer_InnerSchema}. */
    public static ClassName schemaClass(ClassName type) {
        return ClassName.get(type.packageName(), flatName(type) + "Schema");
    }

    /** {@code Movie} -> {@code MovieModel}. */
    public static ClassName modelClass(ClassName type) {
        return ClassName.get(type.packageName(), flatName(type) + "Model");
    }

    /** {@code Movie} -> {@code MovieBuilder}; a nested {@code Outer.Inner} -> {@code Outer_InnerBuilder}. */
    public static ClassName builderClass(ClassName type) {
        return ClassName.get(type.packageName(), flatName(type) + "Builder");
    }

    /** {@code MovieModel} -> {@code MovieModel.Factory}, the model's entry in the model index. */
    public static ClassName modelFactoryClass(ClassName model) {
        return model.nestedClass("Factory");
    }

    private static String flatName(ClassName type) {
        return String.join("_", type.simpleNames());
    }

    /** {@code releaseDate} -> {@code RELEASE_DATE}: the typed attribute constant of a field. */
    public static String constantName(String javaName) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            boolean wordStart = Character.isUpperCase(c) && i > 0
                    && (Character.isLowerCase(javaName.charAt(i - 1))
                        || i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1)));
            if (wordStart && out.charAt(out.length() - 1) != '_') {
                out.append('_');
            }
            out.append(c);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * {@code com.acme.Money.Converter} -> {@code convert_Money_Converter}: the schema's static field
     * holding a converter. Lower case with a role prefix, as the other static fields of a schema, so
     * it never meets an upper-case attribute constant; two converters with the same simple names get
     * distinct names from {@link Members}.
     */
    public static String converterField(ClassName converter) {
        return "convert_" + String.join("_", converter.simpleNames());
    }

    /** {@code byEmail}, {@code by-email} -> {@code BY_EMAIL}: the constant of a secondary index. */
    public static String indexConstant(String indexName) {
        return constantName(indexName.replaceAll("[^A-Za-z0-9]", "_"));
    }

    /** {@code releaseDate} -> {@code encodeReleaseDate}: the one method that stores a field's value. */
    public static String encoderMethod(String javaName) {
        return "encode" + capitalize(javaName);
    }

    /** {@code releaseDate} -> {@code checkReleaseDate}: the one method that checks a field's rules. */
    public static String checkMethod(String javaName) {
        return "check" + capitalize(javaName);
    }

    /**
     * A static field that rule code needs: {@code pattern_1}, {@code validate_IsbnValidator}. The
     * ordinal numbers fields of one role that have no better name (compiled patterns, bounds).
     */
    public static String ruleField(String role, String what) {
        return role + "_" + what;
    }

    /** {@code year} -> {@code getYear} (or {@code isActive} for booleans). */
    public static String getterName(String javaName, boolean isBoolean) {
        return (isBoolean ? "is" : "get") + capitalize(javaName);
    }

    /** {@code year} -> {@code setYear}. */
    public static String setterName(String javaName) {
        return "set" + capitalize(javaName);
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * The member names of one generated class, fields and methods alike. Each thing named gets one
     * name the first time it is asked for, and the same name on every later request. Names fixed
     * by the runtime interfaces ({@code toItem}, {@code INSTANCE}) are reserved first, so a
     * generated helper never takes them.
     */
    public static final class Members {
        private final NameAllocator allocator = new NameAllocator();
        private final Map<String, String> byTag = new HashMap<>();

        public Members(String... reserved) {
            for (String name : reserved) {
                name("reserved:" + name, name);
            }
        }

        /** The attribute constant of a field: {@code AGE}. */
        public String constant(String javaName) {
            return name("constant:" + javaName, constantName(javaName));
        }

        /** The constant of a secondary index: {@code BY_EMAIL}. */
        public String index(String indexName) {
            return name("index:" + indexName, indexConstant(indexName));
        }

        /** The encoder method of a field: {@code encodeAge}. */
        public String encoder(String javaName) {
            return name("encoder:" + javaName, encoderMethod(javaName));
        }

        /** The check method of a field: {@code checkAge}. */
        public String check(String javaName) {
            return name("check:" + javaName, checkMethod(javaName));
        }

        /** The static field holding an instance of a converter class. */
        public String converter(ClassName converter) {
            return name("converter:" + converter.canonicalName(), converterField(converter));
        }

        /** Any other member, identified by {@code tag}: {@code wanted}, or a variant of it when taken. */
        public String name(String tag, String wanted) {
            return byTag.computeIfAbsent(tag, t -> allocator.newName(wanted));
        }
    }
}
