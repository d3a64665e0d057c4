package dev.dynamodel.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The outcome of one {@link TestCompiler} run: diagnostics, generated sources and class files,
 * with assertions in the style of compile-testing.
 *
 * <pre>{@code
 * compilation.hadErrorContaining("[DYN002]").inFile(source).onLineContaining("@HashKey String b");
 * compilation.succeeded().generatedSource("test.MovieSchema");
 * }</pre>
 */
final class Compilation {
    private final boolean success;
    private final List<Diagnostic<? extends JavaFileObject>> diagnostics;
    private final Map<String, String> generatedSources;
    private final Map<String, byte[]> classFiles;
    private final Map<String, String> resources;

    Compilation(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics,
            Map<String, String> generatedSources, Map<String, byte[]> classFiles, Map<String, String> resources) {
        this.success = success;
        this.diagnostics = List.copyOf(diagnostics);
        this.generatedSources = generatedSources;
        this.classFiles = classFiles;
        this.resources = resources;
    }

    /** Asserts javac succeeded without errors. */
    Compilation succeeded() {
        if (!success || !errors().isEmpty()) {
            fail("expected the compilation to succeed\n" + describe());
        }
        return this;
    }

    /** Asserts javac failed. */
    Compilation failed() {
        if (success) {
            fail("expected the compilation to fail\n" + describe());
        }
        return this;
    }

    /** Asserts some error contains the text; narrow it further with the returned assertion. */
    ErrorAssertion hadErrorContaining(String text) {
        List<Diagnostic<? extends JavaFileObject>> matching = errors().stream()
                .filter(d -> message(d).contains(text)).toList();
        if (matching.isEmpty()) {
            fail("expected an error containing \"" + text + "\"\n" + describe());
        }
        return new ErrorAssertion(text, matching);
    }

    /** Asserts no diagnostic of any kind contains the text. */
    Compilation hadNoDiagnosticContaining(String text) {
        boolean found = diagnostics.stream().anyMatch(d -> message(d).contains(text));
        if (found) {
            fail("expected no diagnostic containing \"" + text + "\"\n" + describe());
        }
        return this;
    }

    /** Asserts how many errors were reported, so one mistake is not reported twice. */
    Compilation hadErrorCount(int expected) {
        if (errors().size() != expected) {
            fail("expected " + expected + " error(s), got " + errors().size() + "\n" + describe());
        }
        return this;
    }

    /** The source the processor generated for that qualified class name. */
    String generatedSource(String qualifiedName) {
        String source = generatedSources.get(qualifiedName);
        if (source == null) {
            fail("no generated source " + qualifiedName + "; generated: " + generatedSources.keySet() + "\n" + describe());
        }
        return source;
    }

    /** The text of a resource the processor wrote, such as the model index; empty if it wrote none. */
    Optional<String> resource(String path) {
        return Optional.ofNullable(resources.get(path));
    }

    int generatedCount() {
        return generatedSources.size();
    }

    boolean generated(String qualifiedName) {
        return generatedSources.containsKey(qualifiedName);
    }

    /** A class loader over the compiled classes, parented to the test class path (core, SDK). */
    ClassLoader classLoader() {
        return new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classFiles.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
    }

    List<Diagnostic<? extends JavaFileObject>> errors() {
        return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    }

    private String describe() {
        if (diagnostics.isEmpty()) {
            return "no diagnostics";
        }
        return diagnostics.stream().map(Compilation::format).collect(Collectors.joining("\n", "diagnostics:\n", ""));
    }

    private static String format(Diagnostic<? extends JavaFileObject> d) {
        String where = d.getSource() == null ? "(no file)" : d.getSource().getName() + ":" + d.getLineNumber();
        return "  " + d.getKind() + " " + where + ": " + message(d);
    }

    private static String message(Diagnostic<? extends JavaFileObject> d) {
        return d.getMessage(Locale.ROOT);
    }

    /** Narrows the errors containing one text to a file, then to a line. */
    static final class ErrorAssertion {
        private final String text;
        private final List<Diagnostic<? extends JavaFileObject>> matching;

        private ErrorAssertion(String text, List<Diagnostic<? extends JavaFileObject>> matching) {
            this.text = text;
            this.matching = matching;
        }

        ErrorAssertion inFile(JavaFileObject file) {
            List<Diagnostic<? extends JavaFileObject>> inFile = matching.stream()
                    .filter(d -> d.getSource() != null && d.getSource().toUri().equals(file.toUri())).toList();
            if (inFile.isEmpty()) {
                fail("expected an error containing \"" + text + "\" in " + file.getName() + "; found:\n" + list(matching));
            }
            return new ErrorAssertion(text, inFile);
        }

        /** The marker must occur on exactly one line of the file, so a test cannot pass by accident. */
        ErrorAssertion onLineContaining(String marker) {
            JavaFileObject file = matching.get(0).getSource();
            assertTrue(matching.stream().allMatch(d -> d.getSource() != null && d.getSource().toUri().equals(file.toUri())),
                    "call inFile(...) first: the errors are in several files");
            List<String> lines = lines(file);
            List<Integer> hits = IntStream.range(0, lines.size())
                    .filter(i -> lines.get(i).contains(marker)).boxed().toList();
            if (hits.size() != 1) {
                fail("marker \"" + marker + "\" must be on exactly one line of " + file.getName() + ", is on " + hits.size());
            }
            long line = hits.get(0) + 1L;
            List<Diagnostic<? extends JavaFileObject>> onLine = matching.stream()
                    .filter(d -> d.getLineNumber() == line).toList();
            if (onLine.isEmpty()) {
                fail("expected an error containing \"" + text + "\" on line " + line + " (" + lines.get(hits.get(0)).strip()
                        + "); found:\n" + list(matching));
            }
            return new ErrorAssertion(text, onLine);
        }

        private static List<String> lines(JavaFileObject file) {
            try {
                return file.getCharContent(true).toString().lines().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String list(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
            return diagnostics.stream().map(Compilation::format).collect(Collectors.joining("\n"));
        }
    }
}
