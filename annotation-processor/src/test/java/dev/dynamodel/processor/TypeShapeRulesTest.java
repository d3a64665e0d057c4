package dev.dynamodel.processor;

import static dev.dynamodel.processor.TestCompiler.compileBroken;
import static dev.dynamodel.processor.TestCompiler.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules on the annotated type itself: kind, modifiers, nesting, generics, construction, table name. */
class TypeShapeRulesTest {

    @Test
    void classWithoutUsableConstructor_reportsDyn007OnTheType() {
        JavaFileObject file = source("test.Sealed", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "sealed")
                public class Sealed {
                    @HashKey
                    public String id;
                    public String name;
                    private Sealed() {
                    }
                    public Sealed(String id) {
                        this.id = id;
                    }
                }
                """);
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN007] Sealed must be a record, or a class with an accessible no-argument constructor, "
                        + "or with an accessible constructor taking every stored field in declaration order")
                .inFile(file).onLineContaining("public class Sealed");
    }

    @Test
    void constructorWithFieldsInAnotherOrder_reportsDyn007() {
        JavaFileObject file = source("test.Swapped", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "swapped")
                public class Swapped {
                    @HashKey
                    public final String id;
                    public final int count;
                    public Swapped(int count, String id) {
                        this.id = id;
                        this.count = count;
                    }
                }
                """);
        compileBroken(file).hadErrorContaining("[DYN007] Swapped").inFile(file).onLineContaining("public class Swapped");
    }

    @Test
    void genericEntity_reportsDyn008OnTheType() {
        JavaFileObject file = source("test.Box", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "boxes")
                public record Box<T>(
                        @HashKey String id,
                        T content) {
                }
                """);
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN008] Box must not be generic: an @Entity or @Document is stored with one fixed shape")
                .inFile(file).onLineContaining("public record Box<T>(");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "enum,      an enum",
        "interface, an interface",
    })
    void entityOnEnumOrInterface_reportsDyn009OnTheType(String keyword, String described) {
        JavaFileObject file = source("test.Status", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "statuses")
                public %s Status {
                }
                """.formatted(keyword));
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN009] @Entity applies to records and classes; Status is " + described)
                .inFile(file).onLineContaining("Status {");
    }

    @Test
    void abstractDocument_reportsDyn010OnTheType() {
        JavaFileObject file = source("test.Shape", """
                package test;
                import dev.dynamodel.annotation.*;
                @Document
                public abstract class Shape {
                    public String name;
                }
                """);
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN010] @Document type Shape must not be abstract")
                .inFile(file).onLineContaining("abstract class Shape");
    }

    @Test
    void innerClass_reportsDyn011OnTheInnerClass() {
        JavaFileObject file = source("test.Outer", """
                package test;
                import dev.dynamodel.annotation.*;
                public class Outer {
                    @Entity(table = "inner")
                    public class Inner {
                        @HashKey
                        public String id;
                    }
                }
                """);
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN011] @Entity type Inner is an inner class; make it static so that generated code "
                        + "can create it")
                .inFile(file).onLineContaining("public class Inner");
    }

    @Test
    void privateNestedRecord_reportsDyn012OnTheRecord() {
        JavaFileObject file = source("test.Holder", """
                package test;
                import dev.dynamodel.annotation.*;
                public class Holder {
                    @Document
                    private record Hidden(String text) {
                    }
                }
                """);
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN012] @Document type Hidden must not be private: the generated classes beside it "
                        + "must reach it")
                .inFile(file).onLineContaining("private record Hidden");
    }

    @Test
    void classNestedInPrivateClass_reportsDyn012NamingThePrivateClass() {
        JavaFileObject file = source("test.Shell", """
                package test;
                import dev.dynamodel.annotation.*;
                public class Shell {
                    private static class Middle {
                        @Document
                        static class Core {
                            public String text;
                        }
                    }
                }
                """);
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN012] @Document type Core is nested in private class Middle: the generated "
                        + "classes beside it must reach it; make Middle non-private")
                .inFile(file).onLineContaining("class Core");
    }

    @Test
    void entityNestedTwoLevelsInAPrivateClass_namesThatClass() {
        JavaFileObject file = source("test.Outer", """
                package test;
                import dev.dynamodel.annotation.*;
                public class Outer {
                    private static class Hidden {
                        static class Visible {
                            @Entity(table = "nested")
                            record Item(@HashKey String id) {
                            }
                        }
                    }
                }
                """);
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN012] @Entity type Item is nested in private class Hidden")
                .inFile(file).onLineContaining("record Item");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"ab", "has space", "slash/name"})
    void invalidTableName_reportsDyn018OnTheAnnotation(String table) {
        JavaFileObject file = source("test.Named", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "%s")
                public record Named(
                        @HashKey String id) {
                }
                """.formatted(table));
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN018] table name \"" + table + "\" is invalid: DynamoDB table names are 3 to 255 "
                        + "characters of a-z, A-Z, 0-9, '_', '-' and '.'")
                .inFile(file).onLineContaining("@Entity(table");
    }

    @Test
    void defaultTableNameTooShort_reportsDyn018() {
        // Without table = "...", the simple name is the table name, and "Ab" is too short for DynamoDB.
        JavaFileObject file = source("test.Ab", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity
                public record Ab(@HashKey String id) {
                }
                """);
        compileBroken(file).hadErrorContaining("[DYN018] table name \"Ab\"").inFile(file).onLineContaining("@Entity");
    }
}
