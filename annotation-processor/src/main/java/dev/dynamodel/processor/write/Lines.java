package dev.dynamodel.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How long generated code will be once written. JavaPoet breaks lines only at 100 columns, where
 * we allow it to; generated lines may reach {@link #LIMIT}, so writers measure first and ask for
 * line breaks only when a line would be longer.
 */
final class Lines {
    /** The longest generated line we write, where a line break is possible. */
    static final int LIMIT = 120;
    /** What {@link #length} may miss: a type written qualified because a constant hides its simple name. */
    static final int MARGIN = 10;

    // The package part of a qualified name: imports leave only the simple names.
    private static final Pattern PACKAGE = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+(?=[A-Z])");

    private Lines() {
    }

    /**
     * {@code code} without line breaks if the line it ends fits in {@link #LIMIT} characters after
     * {@code before} characters, else with the places JavaPoet may break it (which it does at 100
     * columns). The length is an estimate ({@link #length}), hence the margin.
     */
    static CodeBlock fitted(int before, Function<Boolean, CodeBlock> code) {
        CodeBlock plain = code.apply(false);
        return before + length(plain) + 1 <= LIMIT - MARGIN ? plain : code.apply(true);
    }

    /** The length of code as written with its types imported. */
    static int length(CodeBlock code) {
        return simple(code.toString());
    }

    static int length(TypeName type) {
        return simple(type.toString());
    }

    private static int simple(String text) {
        return PACKAGE.matcher(text).replaceAll("").length();
    }
}
