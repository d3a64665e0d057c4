package dev.dynamodel.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles source files in memory with the Dynamodel processor and keeps the diagnostics, so that
 * tests can assert that a misapplied rule annotation fails the build with the right message on
 * the right line.
 *
 * <pre>{@code
 * RulesCompilation.compile("test.Bad", "@Entity record Bad(@HashKey String id, @Pattern(regexp = \"x\") Integer n) {}")
 *         .assertError("[DYN100] @Pattern applies to strings", "Integer n");
 * }</pre>
 */
final class RulesCompilation {
    /** Imports every source gets, so that test sources stay short. */
    static final String IMPORTS = String.join("\n",
            "import dev.dynamodel.*;",
            "import dev.dynamodel.annotation.*;",
            "import dev.dynamodel.convert.*;",
            "import jakarta.validation.constraints.*;",
            "import java.math.*;",
            "import java.time.*;",
            "import java.util.*;",
            "import java.util.function.*;",
            "import software.amazon.awssdk.services.dynamodb.model.AttributeValue;",
            "");

    private final List<Diagnostic<? extends JavaFileObject>> diagnostics;
    private final boolean success;

    private RulesCompilation(List<Diagnostic<? extends JavaFileObject>> diagnostics, boolean success) {
        this.diagnostics = diagnostics;
        this.success = success;
    }

    /**
     * Compiles one source file in package {@code test}: {@code body} is everything after the imports.
     *
     * @param name the simple name of the file's public type
     */
    static RulesCompilation compile(String name, String body) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(collector, Locale.ROOT, null)) {
            Path out = Files.createTempDirectory("rules-compilation");
            List<String> options = List.of("-s", out.toString(), "-d", out.toString(),
                    "-classpath", classPath(), "-Xlint:none");
            JavaFileObject source = new Source(name, "package test;\n" + IMPORTS + body);
            JavaCompiler.CompilationTask task = compiler.getTask(null, files, collector, options, null, List.of(source));
            task.setProcessors(List.of(new DynamodelProcessor()));
            boolean success = task.call();
            return new RulesCompilation(collector.getDiagnostics(), success);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The test class path, plus the jars of the types sources refer to: Surefire may hide the real
     * class path behind a manifest-only jar.
     */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        for (String type : List.of("dev.dynamodel.annotation.Entity", "jakarta.validation.constraints.NotNull",
                "software.amazon.awssdk.services.dynamodb.model.AttributeValue", "software.amazon.awssdk.core.SdkBytes",
                "software.amazon.awssdk.utils.builder.ToCopyableBuilder", "software.amazon.awssdk.core.SdkPojo")) {
            try {
                entries.add(Path.of(Class.forName(type).getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (ClassNotFoundException | URISyntaxException e) {
                throw new IllegalStateException("not on the test class path: " + type, e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The errors, as {@code line: message}. */
    List<String> errors() {
        return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)).toList();
    }

    /** Asserts that the source compiled without any error. */
    RulesCompilation assertSuccess() {
        if (!success) {
            fail("expected no errors, got " + errors());
        }
        return this;
    }

    /**
     * Asserts an error whose message contains {@code text}, reported on the source line that
     * contains {@code onLineContaining}; and that the processor did not crash.
     */
    RulesCompilation assertError(String text, String onLineContaining) {
        assertTrue(!success, "expected the compilation to fail");
        List<String> found = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String message = d.getMessage(Locale.ROOT);
            found.add(d.getLineNumber() + ": " + message);
            if (message.contains(text) && line(d).contains(onLineContaining)) {
                return this;
            }
        }
        fail("no error containing \"" + text + "\" on a line containing \"" + onLineContaining + "\"; errors:\n"
                + found.stream().collect(Collectors.joining("\n")));
        return this;
    }

    /** Asserts that no error is the processor's own crash report. */
    RulesCompilation assertNoCrash() {
        assertTrue(errors().stream().noneMatch(e -> e.contains("[DYN999]")), () -> "processor crashed: " + errors());
        return this;
    }

    private static String line(Diagnostic<? extends JavaFileObject> d) {
        if (d.getSource() == null || d.getLineNumber() < 1) {
            return "";
        }
        try {
            String[] lines = d.getSource().getCharContent(true).toString().split("\n", -1);
            return lines[(int) d.getLineNumber() - 1];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A source file held in memory. */
    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String simpleName, String code) {
            super(URI.create("string:///test/" + simpleName + ".java"), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
