package dev.dynamodel.processor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs javac with {@link DynamodelProcessor} on in-memory sources, against the test class path
 * (so {@code dynamodel-core}'s annotations and runtime resolve), and returns a {@link Compilation}.
 *
 * <pre>{@code
 * JavaFileObject movie = TestCompiler.source("test.Movie", "package test; ...");
 * TestCompiler.compile(movie).hadErrorContaining("[DYN001]").inFile(movie).onLineContaining("record Movie");
 * }</pre>
 */
final class TestCompiler {
    private TestCompiler() {
    }

    /** A source file for the public top-level class of that qualified name. */
    static JavaFileObject source(String qualifiedName, String code) {
        URI uri = URI.create("mem:///" + qualifiedName.replace('.', '/') + JavaFileObject.Kind.SOURCE.extension);
        return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }

    /** A source file kept under {@code src/test/resources/fixtures/}, such as {@code "golden/Order.java"}. */
    static JavaFileObject fixture(String qualifiedName, String resourcePath) {
        try (InputStream in = TestCompiler.class.getResourceAsStream("/fixtures/" + resourcePath)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resourcePath);
            }
            return source(qualifiedName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles sources that must be rejected: javac fails, and the processor reports, never crashes. */
    static Compilation compileBroken(JavaFileObject... sources) {
        return compile(sources).failed().hadNoDiagnosticContaining("[DYN999]");
    }

    static Compilation compile(JavaFileObject... sources) {
        return compileWith(List.of(), sources);
    }

    /** Compiles with other annotation processors running beside ours (they run first). */
    static Compilation compileWith(List<? extends javax.annotation.processing.Processor> others, JavaFileObject... sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
        try (MemoryFileManager files = new MemoryFileManager(standard)) {
            // Surefire puts the real test class path here (not only its booter jar).
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-Xlint:-options");
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null, Arrays.asList(sources));
            List<javax.annotation.processing.Processor> processors = new java.util.ArrayList<>(others);
            processors.add(new DynamodelProcessor());
            task.setProcessors(processors);
            boolean success = task.call();
            return new Compilation(success, diagnostics.getDiagnostics(), files.generatedSources(), files.classFiles(),
                    files.resources());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
