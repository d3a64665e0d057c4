package dev.dynamodel.processor;

import static dev.dynamodel.processor.TestCompiler.compileBroken;
import static dev.dynamodel.processor.TestCompiler.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Key rules: exactly one hash key, at most one range key, scalar keys, keys only on entities. */
class KeyRulesTest {

    @Test
    void entity_withoutHashKey_reportsDyn001OnTheType() {
        JavaFileObject file = source("test.Keyless", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "keyless")
                public record Keyless(
                        String id,
                        int count) {
                }
                """);
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN001] @Entity Keyless needs exactly one @HashKey field or record component; none is declared")
                .inFile(file).onLineContaining("public record Keyless(");
    }

    @Test
    void recordWithTwoHashKeys_reportsDyn002OnTheSecondComponent() {
        JavaFileObject file = source("test.TwoHash", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "two_hash")
                public record TwoHash(
                        @HashKey String first,
                        @HashKey String second) {
                }
                """);
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN002] @HashKey must be on exactly one field or record component of an @Entity; "
                        + "first already has it")
                .inFile(file).onLineContaining("@HashKey String second");
    }

    @Test
    void classWithTwoRangeKeys_reportsDyn003OnTheSecondAnnotation() {
        JavaFileObject file = source("test.TwoRange", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "two_range")
                public class TwoRange {
                    @HashKey
                    public String id;
                    @RangeKey
                    public String first;
                    @RangeKey // second
                    public String second;
                }
                """);
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN003] @RangeKey may be on at most one field or record component of an @Entity; "
                        + "first already has it")
                .inFile(file).onLineContaining("@RangeKey // second");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "java.util.List<String>              | java.util.List<java.lang.String>",
        "java.util.Map<String, Integer>      | java.util.Map<java.lang.String,java.lang.Integer>",
        "Inner                               | test.Inner",
        "boolean                             | boolean",
        "Boolean                             | java.lang.Boolean",
    })
    void keyOfNonScalarType_reportsDyn004OnTheComponent(String javaType, String shown) {
        JavaFileObject inner = source("test.Inner", """
                package test;
                @dev.dynamodel.annotation.Document
                public record Inner(String text) {
                }
                """);
        JavaFileObject file = source("test.BadKey", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "bad_key")
                public record BadKey(
                        @HashKey %s id,
                        String name) {
                }
                """.formatted(javaType));
        compileBroken(file, inner)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN004] a key must be a string, number or binary type (String, a number, enum, UUID, "
                        + "date-time, byte[]); id is " + shown)
                .inFile(file).onLineContaining("@HashKey");
    }

    @Test
    void rangeKeyOfNonScalarType_reportsDyn004() {
        JavaFileObject file = source("test.BadRange", """
                package test;
                import dev.dynamodel.annotation.*;
                import java.util.Set;
                @Entity(table = "bad_range")
                public record BadRange(
                        @HashKey String id,
                        @RangeKey Set<String> tags) {
                }
                """);
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN004]")
                .inFile(file).onLineContaining("@RangeKey Set<String> tags");
    }

    @Test
    void hashKeyOnDocument_reportsDyn013OnTheAnnotation() {
        JavaFileObject file = source("test.Note", """
                package test;
                import dev.dynamodel.annotation.*;
                @Document
                public record Note(
                        @HashKey String id,
                        String text) {
                }
                """);
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN013] @HashKey is only meaningful on an @Entity; Note is a @Document")
                .inFile(file).onLineContaining("@HashKey String id");
    }

    @Test
    void ignoredHashKey_reportsDyn017OnlyOnce() {
        JavaFileObject file = source("test.IgnoredKey", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "ignored_key")
                public class IgnoredKey {
                    @Ignore
                    @HashKey // ignored
                    public String id;
                    public String name;
                }
                """);
        // Only the real mistake: no extra "no @HashKey" error for the key that was declared.
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN017] a key field cannot be @Ignore'd")
                .inFile(file).onLineContaining("@HashKey // ignored");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "static    | @HashKey                          | HashKey",
            "transient | @HashKey                          | HashKey",
            "static    | @RangeKey                         | RangeKey",
            "transient | @RangeKey                         | RangeKey",
            "transient | @Ttl                              | Ttl",
            "static    | @Version                          | Version",
            "transient | @Version                          | Version",
            "transient | @GlobalIndex(name = \"byExtra\") | GlobalIndex",
            "static    | @LocalIndex(name = \"byExtra\")  | LocalIndex",
    })
    void storedOnlyAnnotation_onAnUnstoredField_isReportedOnTheField(String modifier, String annotation, String name) {
        String type = name.equals("Ttl") || name.equals("Version") ? "Long" : "String";
        // The key that the annotation is tested on is declared only on the unstored field.
        String hash = name.equals("HashKey") ? "" : "@HashKey ";
        String range = name.equals("RangeKey") ? "" : "@RangeKey ";
        JavaFileObject file = source("test.Unstored", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "unstored")
                public class Unstored {
                    %spublic String id;
                    %spublic String sk;
                    %s public %s %s extra;
                }
                """.formatted(hash, range, annotation, modifier, type));
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN030] @" + name + " is only meaningful on a stored field; extra is " + modifier
                        + ", so it is not stored: remove the annotation or the " + modifier + " modifier")
                .inFile(file).onLineContaining("extra;");
    }

    @Test
    void hashKeyOnAStaticRecordField_isReportedOnTheField_notAsMissing() {
        JavaFileObject file = source("test.StaticKey", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "static_key")
                public record StaticKey(String name) {
                    @HashKey static String id = "x";
                }
                """);
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN030] @HashKey is only meaningful on a stored field; id is static")
                .inFile(file).onLineContaining("@HashKey static String id");
    }
}
