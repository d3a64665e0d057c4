package dev.dynamodel.processor;

import static dev.dynamodel.processor.TestCompiler.compile;
import static dev.dynamodel.processor.TestCompiler.compileBroken;
import static dev.dynamodel.processor.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Version}: one integral, non-key field of an entity. */
class VersionRulesTest {

    private static JavaFileObject entity(String fields) {
        return source("test.Versioned", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "versioned")
                public record Versioned(
                """ + fields + """
                ) {
                }
                """);
    }

    @Test
    void versionField_generatesVersionMethodsThatCopyTheRecord() {
        String schema = compile(entity("""
                        @HashKey String id,
                        @Ignore String cache,
                        @Version int version
                """)).succeeded().generatedSource("test.VersionedSchema");
        assertTrue(schema.contains("return Optional.of(\"version\");"), schema);
        assertTrue(schema.contains("return new Versioned(entity.id(), entity.cache(), (int) version);"), schema);
    }

    @Test
    void versionOfAStringType_reportsDyn027() {
        JavaFileObject file = entity("""
                        @HashKey String id,
                        @Version String version
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN027] @Version must be on a long, Long, int or Integer field; version is java.lang.String")
                .inFile(file).onLineContaining("@Version String version");
    }

    @Test
    void twoVersions_reportDyn028() {
        JavaFileObject file = entity("""
                        @HashKey String id,
                        @Version long first,
                        @Version long second
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN028] @Version may be on at most one field; first already has it")
                .inFile(file).onLineContaining("@Version long second");
    }

    @Test
    void versionOnAKey_reportsDyn029() {
        JavaFileObject file = entity("""
                        @HashKey @Version Long id
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN029] @Version belongs on a non-key field of an @Entity; id is a key")
                .inFile(file).onLineContaining("@HashKey @Version Long id");
    }
}
