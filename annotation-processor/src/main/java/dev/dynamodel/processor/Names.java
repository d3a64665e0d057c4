package dev.dynamodel.processor;

import com.palantir.javapoet.ClassName;
import java.util.Locale;

/**
 * Every rule for the names of generated things, in one place.
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
     * it never meets an upper-case attribute constant.
     */
    public static String converterField(ClassName converter) {
        return "convert_" + String.join("_", converter.simpleNames());
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
}
