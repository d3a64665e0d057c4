package dev.dynamodel.processor;

import static dev.dynamodel.processor.TestCompiler.compileBroken;
import static dev.dynamodel.processor.TestCompiler.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A {@code @Document} has no table, so every annotation that describes one (keys, indexes,
 * version, timestamps, TTL) is an error on the annotation itself: each reported once, and none of
 * the entity checks (a missing hash key, a version's type) piled on top.
 */
class DocumentRulesTest {

    @Test
    void document_withEveryTableAnnotation_reportsEachOnceOnItsAnnotation() {
        JavaFileObject file = source("test.Line", """
                package test;
                import dev.dynamodel.annotation.*;
                import java.time.Instant;
                @Document
                @Timestamps(createdAt = "created")
                public record Line(
                        @HashKey String id,
                        @RangeKey String sk,
                        @GlobalIndex(name = "bySku") String sku,
                        @LocalIndex(name = "byPrice") Long price,
                        @Version String version,
                        @Ttl Instant expires,
                        Instant created) {
                }
                """);
        Compilation compilation = compileBroken(file).hadErrorCount(7);
        compilation.hadErrorContaining("[DYN140] @Timestamps is only meaningful on an @Entity; Line is a @Document")
                .inFile(file).onLineContaining("@Timestamps(");
        compilation.hadErrorContaining("[DYN013] @HashKey is only meaningful on an @Entity; Line is a @Document")
                .inFile(file).onLineContaining("@HashKey String id");
        compilation.hadErrorContaining("[DYN013] @RangeKey is only meaningful on an @Entity; Line is a @Document")
                .inFile(file).onLineContaining("@RangeKey String sk");
        compilation.hadErrorContaining("[DYN026] indexes are declared on @Entity fields; Line is a @Document")
                .inFile(file).onLineContaining("@GlobalIndex(name = \"bySku\")");
        compilation.hadErrorContaining("[DYN026] indexes are declared on @Entity fields; Line is a @Document")
                .inFile(file).onLineContaining("@LocalIndex(name = \"byPrice\")");
        compilation.hadErrorContaining("[DYN029] @Version belongs on a non-key field of an @Entity; Line is a @Document")
                .inFile(file).onLineContaining("@Version String version");
        compilation.hadErrorContaining("[DYN150] @Ttl is only meaningful on an @Entity; Line is a @Document")
                .inFile(file).onLineContaining("@Ttl Instant expires");
    }

    @Test
    void document_ttlOnIgnoredField_isReportedOnlyAsARuleOnAnIgnoredField() {
        JavaFileObject file = source("test.Cache", """
                package test;
                import dev.dynamodel.annotation.*;
                import java.time.Instant;
                @Document
                public record Cache(
                        String value,
                        @Ignore @Ttl Instant expires) {
                }
                """);
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN110] @Ttl on an @Ignore'd field is never applied")
                .inFile(file).onLineContaining("@Ignore @Ttl Instant expires");
    }

    @Test
    void entityAndDocument_onOneType_isReadAsAnEntity() {
        JavaFileObject file = source("test.Both", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "both")
                @Document
                public record Both(
                        @HashKey String id,
                        @RangeKey String sk) {
                }
                """);
        TestCompiler.compile(file).succeeded().generatedSource("test.BothModel");
    }
}
