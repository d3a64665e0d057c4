package dev.dynamodel.processor;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardLocation;

/**
 * Keeps everything the compiler writes (generated sources, class files) in memory, so tests
 * need no temporary directories and can read generated code back by class name.
 */
final class MemoryFileManager extends ForwardingJavaFileManager<JavaFileManager> {
    private final Map<String, OutputFile> sources = new LinkedHashMap<>();
    private final Map<String, OutputFile> classes = new LinkedHashMap<>();
    private final Map<String, OutputFile> resources = new LinkedHashMap<>();

    MemoryFileManager(JavaFileManager delegate) {
        super(delegate);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
            FileObject sibling) {
        OutputFile file = new OutputFile(className, kind);
        if (kind == JavaFileObject.Kind.SOURCE && location == StandardLocation.SOURCE_OUTPUT) {
            sources.put(className, file);
        } else if (kind == JavaFileObject.Kind.CLASS && location == StandardLocation.CLASS_OUTPUT) {
            classes.put(className, file);
        } else {
            throw new UnsupportedOperationException("unexpected output " + location + " " + className + " " + kind);
        }
        return file;
    }

    /** Resources the processor creates (the model index), by path relative to the class output. */
    @Override
    public FileObject getFileForOutput(Location location, String packageName, String relativeName, FileObject sibling) {
        if (location != StandardLocation.CLASS_OUTPUT) {
            throw new UnsupportedOperationException("unexpected output " + location + " " + relativeName);
        }
        String path = packageName.isEmpty() ? relativeName : packageName.replace('.', '/') + "/" + relativeName;
        OutputFile file = new OutputFile(path, JavaFileObject.Kind.OTHER);
        resources.put(path, file);
        return file;
    }

    // javac's Filer compares files it has opened; the standard manager only knows its own kind.
    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
        return a.toUri().equals(b.toUri());
    }

    /** Generated source text by qualified class name, in the order the processor wrote them. */
    Map<String, String> generatedSources() {
        Map<String, String> out = new LinkedHashMap<>();
        sources.forEach((name, file) -> out.put(name, file.text()));
        return out;
    }

    /** Resource text by path, such as {@code META-INF/services/...}. */
    Map<String, String> resources() {
        Map<String, String> out = new LinkedHashMap<>();
        resources.forEach((path, file) -> out.put(path, file.text()));
        return out;
    }

    /** Class file bytes by binary class name. */
    Map<String, byte[]> classFiles() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        classes.forEach((name, file) -> out.put(name, file.bytes.toByteArray()));
        return out;
    }

    /** One written file; javac reads generated sources back through getCharContent. */
    private static final class OutputFile extends SimpleJavaFileObject {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private StringWriter chars;

        OutputFile(String className, Kind kind) {
            super(URI.create("mem:///" + (kind == Kind.OTHER ? className : className.replace('.', '/') + kind.extension)), kind);
        }

        @Override
        public OutputStream openOutputStream() {
            bytes.reset();
            return bytes;
        }

        @Override
        public Writer openWriter() {
            chars = new StringWriter();
            return chars;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text();
        }

        String text() {
            return chars != null ? chars.toString() : bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
