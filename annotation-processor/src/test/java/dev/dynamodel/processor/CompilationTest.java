package dev.dynamodel.processor;

import static dev.dynamodel.processor.TestCompiler.compile;
import static dev.dynamodel.processor.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertThrows;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The harness's own assertions fail when they should, so the negative tests can be trusted. */
class CompilationTest {
    private static final JavaFileObject KEYLESS = source("test.Keyless", """
            package test;
            @dev.dynamodel.annotation.Entity(table = "keyless")
            public record Keyless(
                    String id) {
            }
            """);
    private static final JavaFileObject OTHER = source("test.Other", """
            package test;
            public class Other {
            }
            """);

    @Test
    void onLineContaining_whenErrorIsOnAnotherLine_fails() {
        Compilation compilation = compile(KEYLESS, OTHER);
        assertThrows(AssertionFailedError.class,
                () -> compilation.hadErrorContaining("[DYN001]").inFile(KEYLESS).onLineContaining("String id"));
    }

    @Test
    void onLineContaining_whenMarkerIsAmbiguous_fails() {
        Compilation compilation = compile(KEYLESS, OTHER);
        assertThrows(AssertionFailedError.class,
                () -> compilation.hadErrorContaining("[DYN001]").inFile(KEYLESS).onLineContaining("eyless"));
    }

    @Test
    void inFile_whenErrorIsInAnotherFile_fails() {
        Compilation compilation = compile(KEYLESS, OTHER);
        assertThrows(AssertionFailedError.class, () -> compilation.hadErrorContaining("[DYN001]").inFile(OTHER));
    }

    @Test
    void hadErrorContaining_whenNoSuchError_fails() {
        Compilation compilation = compile(KEYLESS, OTHER);
        assertThrows(AssertionFailedError.class, () -> compilation.hadErrorContaining("[DYN002]"));
    }

    @Test
    void succeeded_whenTheProcessorReportedAnError_fails() {
        Compilation compilation = compile(KEYLESS, OTHER);
        assertThrows(AssertionFailedError.class, compilation::succeeded);
    }
}
