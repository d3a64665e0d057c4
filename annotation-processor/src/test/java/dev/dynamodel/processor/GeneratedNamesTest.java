package dev.dynamodel.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.support.Violations;
import java.time.Clock;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Generated member names come from one allocator ({@link Names.Members}): fields named like the
 * schema's own members, stored names that are Java keywords, and two converter classes with the
 * same simple names all compile, and each field still goes through its own encoder and converter.
 */
class GeneratedNamesTest {
    private static final JavaFileObject EURO = TestCompiler.source("eu.Money", """
            package eu;

            public final class Money {
                public static final class Converter implements dev.dynamodel.AttributeConverter<Long, String> {
                    public String toStored(Long value) { return "EUR " + value; }
                    public Long fromStored(String stored) { return Long.parseLong(stored.substring(4)); }
                }
            }
            """);
    private static final JavaFileObject DOLLAR = TestCompiler.source("us.Money", """
            package us;

            public final class Money {
                public static final class Converter implements dev.dynamodel.AttributeConverter<Long, String> {
                    public String toStored(Long value) { return "USD " + value; }
                    public Long fromStored(String stored) { return Long.parseLong(stored.substring(4)); }
                }
            }
            """);
    private static final JavaFileObject CLASHING = TestCompiler.source("fixtures.Clashing", """
            package fixtures;

            import dev.dynamodel.annotation.Attribute;
            import dev.dynamodel.annotation.Convert;
            import dev.dynamodel.annotation.Entity;
            import dev.dynamodel.annotation.GlobalIndex;
            import dev.dynamodel.annotation.HashKey;
            import jakarta.validation.constraints.NotBlank;

            @Entity(table = "clashing")
            public record Clashing(
                    @HashKey String hashKey,
                    @Attribute("class") String instance,
                    @Attribute("default") @NotBlank String value,
                    @NotBlank String violations,
                    @GlobalIndex(name = "instance") String path,
                    @Convert(eu.Money.Converter.class) Long euros,
                    @Convert(us.Money.Converter.class) Long dollars,
                    String encodeValue) {
            }
            """);

    @Test
    void clashingFieldNamesAndSameNamedConverters_compileAndEachFieldKeepsItsOwnCode() throws Exception {
        Compilation compilation = TestCompiler.compile(EURO, DOLLAR, CLASHING).succeeded();
        String source = compilation.generatedSource("fixtures.ClashingSchema");
        assertTrue(source.contains("convert_Money_Converter_ = new us.Money.Converter()"), source);
        assertTrue(source.contains("StringAttribute INSTANCE_ = "), source);
        assertTrue(source.contains("StringAttribute HASH_KEY = "), source);
        assertTrue(source.contains("KeyAttribute HASH_KEY_ = "), source);
        assertTrue(source.contains("IndexDefinition INSTANCE__ = "), source);
        assertTrue(source.contains("private static AttributeValue encodeEncodeValue(String value)"), source);
        ClassLoader loader = compilation.classLoader();
        @SuppressWarnings("unchecked")
        EntitySchema<Object> schema = (EntitySchema<Object>) loader
                .loadClass("fixtures.ClashingSchema").getField("INSTANCE").get(null);
        Class<?> type = loader.loadClass("fixtures.Clashing");
        Object entity = type.getDeclaredConstructors()[0]
                .newInstance("h", "i", "v", "w", "p", 5L, 7L, "e");

        Map<String, AttributeValue> item = schema.toItem(entity);

        assertEquals("EUR 5", item.get("euros").s());
        assertEquals("USD 7", item.get("dollars").s());
        assertEquals("i", item.get("class").s());
        assertEquals("v", item.get("default").s());
        assertEquals(entity, schema.fromItem(item));
        assertEquals("hashKey", schema.hashKey().name());
        Violations violations = new Violations(Clock.systemUTC());
        schema.validateAttribute("default", " ", violations);
        assertEquals("default", violations.list().get(0).path(), "@NotBlank of the field called value");
    }
}
