package dev.dynamodel.processor;

import static dev.dynamodel.processor.TestCompiler.compileBroken;
import static dev.dynamodel.processor.TestCompiler.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules on stored fields: storable types, attribute names, and how generated code reaches them. */
class FieldRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Object                              | java.lang.Object",
        "java.util.ArrayList<String>         | java.util.ArrayList<java.lang.String>",
        "java.util.Map<Integer, String>      | java.util.Map<java.lang.Integer,java.lang.String>",
        "java.util.Set<Boolean>              | java.util.Set<java.lang.Boolean>",
        "java.util.Set<byte[]>               | java.util.Set<byte[]>",
        "java.util.List<?>                   | java.util.List<?>",
        "java.util.List                      | java.util.List",
        "int[]                               | int[]",
        "Thread                              | java.lang.Thread",
    })
    void unsupportedRecordComponentType_reportsDyn005OnTheComponent(String javaType, String shown) {
        JavaFileObject file = source("test.Holder", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "holders")
                public record Holder(
                        @HashKey String id,
                        %s payload,
                        String note) {
                }
                """.formatted(javaType));
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN005] type " + shown + " of payload cannot be stored; supported are String, numbers, "
                        + "boolean, byte[], SdkBytes, enums, UUID, Instant, LocalDate")
                .inFile(file).onLineContaining(" payload,");
    }

    @Test
    void unsupportedFieldInDocumentClass_reportsDyn005OnTheField() {
        JavaFileObject file = source("test.Blob", """
                package test;
                import dev.dynamodel.annotation.*;
                @Document
                public class Blob {
                    public String name;
                    public java.util.Optional<String> maybe;
                }
                """);
        compileBroken(file)
                .hadErrorContaining("[DYN005] type java.util.Optional<java.lang.String> of maybe cannot be stored")
                .inFile(file).onLineContaining("Optional<String> maybe");
    }

    @Test
    void twoFieldsStoredUnderOneName_reportsDyn006OnTheSecond() {
        JavaFileObject file = source("test.Clash", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "clashes")
                public record Clash(
                        @HashKey String id,
                        String name,
                        @Attribute("name") String label) {
                }
                """);
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN006] stored attribute name \"name\" is already used by name; give one of them another "
                        + "@Attribute name")
                .inFile(file).onLineContaining("String label");
    }

    @Test
    void blankAttributeName_reportsDyn014OnTheAnnotation() {
        JavaFileObject file = source("test.Blank", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "blanks")
                public class Blank {
                    @HashKey
                    public String id;
                    @Attribute(" ")
                    public String name;
                }
                """);
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN014] @Attribute name must not be blank")
                .inFile(file).onLineContaining("@Attribute(\" \")");
    }

    @Test
    void emptyAttributeNameOnComponent_reportsDyn014OnTheComponent() {
        JavaFileObject file = source("test.Empty", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "empties")
                public record Empty(
                        @HashKey String id,
                        @Attribute("") String name) {
                }
                """);
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN014]").inFile(file).onLineContaining("@Attribute(\"\") String name");
    }

    @Test
    void privateFieldWithoutGetter_reportsDyn015OnTheField() {
        JavaFileObject file = source("test.Unreadable", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "unreadable")
                public class Unreadable {
                    @HashKey
                    public String id;
                    private String secret;
                    public void setSecret(String secret) {
                        this.secret = secret;
                    }
                }
                """);
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN015] field secret must be readable by generated code: add a non-private getter "
                        + "getSecret() or make the field non-private")
                .inFile(file).onLineContaining("private String secret;");
    }

    @Test
    void getterOfAnotherType_doesNotCountAsGetter() {
        JavaFileObject file = source("test.Mismatch", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "mismatch")
                public class Mismatch {
                    @HashKey
                    public String id;
                    private int count;
                    public long getCount() {
                        return count;
                    }
                    public void setCount(int count) {
                        this.count = count;
                    }
                }
                """);
        compileBroken(file).hadErrorContaining("[DYN015] field count").inFile(file).onLineContaining("private int count;");
    }

    @Test
    void privateFieldWithoutSetterInNoArgumentClass_reportsDyn016OnTheField() {
        JavaFileObject file = source("test.ReadOnly", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "read_only")
                public class ReadOnly {
                    @HashKey
                    public String id;
                    private String name;
                    public String getName() {
                        return name;
                    }
                }
                """);
        compileBroken(file)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN016] field name must be writable by generated code: add a non-private setter "
                        + "setName(...) or make the field non-private and non-final")
                .inFile(file).onLineContaining("private String name;");
    }

    @Test
    void finalPublicFieldInNoArgumentClass_reportsDyn016() {
        JavaFileObject file = source("test.Frozen", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "frozen")
                public class Frozen {
                    @HashKey
                    public String id;
                    public final String name = "x";
                }
                """);
        compileBroken(file).hadErrorContaining("[DYN016] field name").inFile(file).onLineContaining("final String name");
    }
}
