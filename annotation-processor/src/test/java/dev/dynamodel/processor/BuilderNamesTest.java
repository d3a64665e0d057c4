package dev.dynamodel.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.lang.reflect.Method;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Builders of types whose fields are named like the builder's own members and locals
 * ({@code value}, {@code builder}, {@code from}, {@code create}, {@code build}) compile, and copy
 * every field to the right place, for a record and for a mutable class.
 */
class BuilderNamesTest {
    private static final JavaFileObject RECORD = TestCompiler.source("fixtures.NamedRecord", """
            package fixtures;

            import dev.dynamodel.annotation.Document;

            @Document
            public record NamedRecord(String value, String builder, String from, String create, String build) {
            }
            """);
    private static final JavaFileObject CLASS = TestCompiler.source("fixtures.NamedClass", """
            package fixtures;

            import dev.dynamodel.annotation.Document;

            @Document
            public class NamedClass {
                public String value;
                public String builder;
                public String from;
                public String create;
                public String build;
            }
            """);

    @Test
    void record_withFieldsNamedLikeTheBuildersMembers_copiesEachField() throws Exception {
        ClassLoader loader = TestCompiler.compile(RECORD).succeeded().classLoader();
        Class<?> type = loader.loadClass("fixtures.NamedRecord");
        Object value = type.getDeclaredConstructors()[0].newInstance("v", "b", "f", "c", "x");
        Class<?> builder = loader.loadClass("fixtures.NamedRecordBuilder");
        Object from = builder.getMethod("from", type).invoke(null, value);
        builder.getMethod("build", String.class).invoke(from, "y");
        Object built = builder.getMethod("build").invoke(from);
        assertEquals(type.getDeclaredConstructors()[0].newInstance("v", "b", "f", "c", "y"), built);
    }

    @Test
    void class_withFieldsNamedLikeTheBuildersMembers_copiesEachFieldIntoANewInstance() throws Exception {
        ClassLoader loader = TestCompiler.compile(CLASS).succeeded().classLoader();
        Class<?> type = loader.loadClass("fixtures.NamedClass");
        Object value = type.getDeclaredConstructor().newInstance();
        String[] names = {"value", "builder", "from", "create", "build"};
        for (String name : names) {
            type.getDeclaredField(name).set(value, name + "!");
        }
        Class<?> builder = loader.loadClass("fixtures.NamedClassBuilder");
        Object from = builder.getMethod("from", type).invoke(null, value);
        Method build = builder.getMethod("build");
        Object built = build.invoke(builder.getMethod("from", String.class).invoke(from, "changed"));
        assertNotSame(value, built);
        for (String name : names) {
            assertEquals(name.equals("from") ? "changed" : name + "!", type.getDeclaredField(name).get(built), name);
        }
        assertEquals("from!", type.getDeclaredField("from").get(value), "the source is unchanged");
    }
}
