package dev.dynamodel.processor;

import static dev.dynamodel.processor.TestCompiler.compile;
import static dev.dynamodel.processor.TestCompiler.compileBroken;
import static dev.dynamodel.processor.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One broken type must not hide the others, and odd but legal input must neither crash the
 * processor nor produce generated code that does not compile. (Every negative test also checks
 * that no {@code [DYN999]} crash report appears: see {@link TestCompiler#compileBroken}.)
 */
class ProcessorRobustnessTest {

    @Test
    void brokenEntity_doesNotStopValidEntityInSameCompilation() {
        JavaFileObject broken = source("test.Broken", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "broken")
                public record Broken(
                        String id) {
                }
                """);
        JavaFileObject valid = source("test.Valid", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "valid")
                public record Valid(@HashKey String id, int count) {
                }
                """);
        Compilation compilation = compileBroken(broken, valid).hadErrorCount(1);
        compilation.hadErrorContaining("[DYN001] @Entity Broken").inFile(broken).onLineContaining("public record Broken(");
        assertTrue(compilation.generatedSource("test.ValidSchema").contains("public final class ValidSchema"));
        assertTrue(compilation.generated("test.ValidModel"));
        assertFalse(compilation.generated("test.BrokenSchema"));
        assertFalse(compilation.generated("test.BrokenModel"));
    }

    @Test
    void fieldOfUnknownType_failsWithCompilerErrorAndNoCrash() {
        JavaFileObject file = source("test.Unknown", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "unknowns")
                public record Unknown(
                        @HashKey String id,
                        Missing thing) {
                }
                """);
        compileBroken(file).hadErrorContaining("cannot find symbol").inFile(file).onLineContaining("Missing thing");
    }

    @Test
    void fieldsNamedLikeGeneratedLocals_generateCodeThatCompiles() {
        // key(...) takes the key fields' names as parameters, so its local map must avoid them all.
        JavaFileObject record = source("test.Clashing", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "clashing")
                public record Clashing(@HashKey String key, @RangeKey String keyItem, String value, String item,
                        String stored, String entity, String INSTANCE) {
                }
                """);
        JavaFileObject mutable = source("test.MutableClashing", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "mutable_clashing")
                public class MutableClashing {
                    @HashKey public String entity;
                    @RangeKey public String key_;
                    public String key, item, stored, value, uuid;
                    public java.util.UUID UUID;
                }
                """);
        compile(record, mutable).succeeded();
    }

    @Test
    void emptyDocument_generatesSchema() {
        JavaFileObject file = source("test.Marker", """
                package test;
                @dev.dynamodel.annotation.Document
                public class Marker {
                }
                """);
        assertTrue(compile(file).succeeded().generated("test.MarkerSchema"));
    }
}
