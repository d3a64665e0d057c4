package dev.dynamodel.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamodel.schema.EntitySchema;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Proves the harness's output runs: the golden fixtures are compiled with the processor, loaded
 * in a class loader, and their generated schemas convert entities to items and back. Reflection
 * only builds the fixture instances; the schemas are called through core's interfaces.
 */
class GeneratedCodeRoundTripTest {
    private static ClassLoader loader;

    @BeforeAll
    static void compileFixtures() {
        loader = TestCompiler.compile(
                TestCompiler.fixture("fixtures.Order", "golden/Order.java"),
                TestCompiler.fixture("fixtures.Account", "golden/Account.java"))
                .succeeded().classLoader();
    }

    @Test
    void recordEntity_toItemThenFromItem_givesAnEqualRecord() throws Exception {
        Object line = newRecord("fixtures.Order$Line", "SKU-1", 2, new BigDecimal("9.99"));
        Object order = newRecord("fixtures.Order", "c-42", Instant.parse("2024-05-01T10:15:30Z"), status("SHIPPED"),
                line, List.of(line, newRecord("fixtures.Order$Line", "SKU-2", 1, new BigDecimal("0.50"))), 2049L);
        EntitySchema<Object> schema = schema("fixtures.OrderSchema");

        Map<String, AttributeValue> item = schema.toItem(order);

        assertEquals(Set.of("customer_id", "placedAt", "status", "firstLine", "lines", "totalCents"), item.keySet());
        assertEquals("c-42", item.get("customer_id").s());
        assertEquals("2024-05-01T10:15:30.000000000Z", item.get("placedAt").s());
        assertEquals("SHIPPED", item.get("status").s());
        assertEquals("2", item.get("firstLine").m().get("quantity").n());
        assertEquals("0.50", item.get("lines").l().get(1).m().get("price").n());
        assertEquals("2049", item.get("totalCents").n());
        assertEquals(order, schema.fromItem(item));
    }

    @Test
    void recordEntity_withNullFields_leavesThemOutAndReadsThemBackAsNull() throws Exception {
        Object order = newRecord("fixtures.Order", "c-1", Instant.EPOCH, null, null, null, 0L);
        EntitySchema<Object> schema = schema("fixtures.OrderSchema");

        Map<String, AttributeValue> item = schema.toItem(order);

        assertEquals(Set.of("customer_id", "placedAt", "totalCents"), item.keySet());
        assertEquals(order, schema.fromItem(item));
    }

    @Test
    void recordEntity_keyOf_holdsOnlyTheKeyAttributes_andRefusesANullKey() throws Exception {
        EntitySchema<Object> schema = schema("fixtures.OrderSchema");
        Object order = newRecord("fixtures.Order", "c-7", Instant.EPOCH, status("OPEN"), null, List.of(), 5L);

        Map<String, AttributeValue> key = schema.keyOf(order);

        assertEquals(Map.of("customer_id", AttributeValue.fromS("c-7"),
                "placedAt", AttributeValue.fromS("1970-01-01T00:00:00.000000000Z")), key);
        Object keyless = newRecord("fixtures.Order", null, Instant.EPOCH, null, null, null, 0L);
        assertThrows(IllegalArgumentException.class, () -> schema.keyOf(keyless));
    }

    @Test
    void mutableClassEntity_toItemThenFromItem_restoresEveryStoredField() throws Exception {
        Class<?> type = loader.loadClass("fixtures.Account");
        Object account = type.getConstructor().newInstance();
        UUID id = UUID.fromString("6f1c1f0e-3b0a-4f6e-9d55-2b3c4d5e6f70");
        type.getMethod("setId", UUID.class).invoke(account, id);
        type.getMethod("setEmail", String.class).invoke(account, "a@b.co");
        type.getMethod("setActive", boolean.class).invoke(account, true);
        type.getMethod("setBalanceCents", long.class).invoke(account, 1234L);
        // Package-private and without accessors: the generated schema reads and writes the field itself.
        Field logins = type.getDeclaredField("logins");
        logins.setAccessible(true);
        logins.set(account, 7);
        EntitySchema<Object> schema = schema("fixtures.AccountSchema");

        Map<String, AttributeValue> item = schema.toItem(account);
        Object back = schema.fromItem(item);

        assertEquals(Set.of("account_id", "email", "active", "balance_cents", "logins"), item.keySet());
        assertEquals(id, type.getMethod("getId").invoke(back));
        assertEquals("a@b.co", type.getMethod("getEmail").invoke(back));
        assertEquals(true, type.getMethod("isActive").invoke(back));
        assertEquals(1234L, type.getMethod("getBalanceCents").invoke(back));
        assertEquals(7, logins.get(back));
    }

    @SuppressWarnings("unchecked")
    private static EntitySchema<Object> schema(String schemaClass) throws Exception {
        return (EntitySchema<Object>) loader.loadClass(schemaClass).getField("INSTANCE").get(null);
    }

    /** A record built through its canonical constructor, the one generated code calls too. */
    private static Object newRecord(String className, Object... components) throws Exception {
        Class<?> type = loader.loadClass(className);
        Class<?>[] parameterTypes = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
        return constructor.newInstance(components);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object status(String name) throws Exception {
        Class enumType = loader.loadClass("fixtures.Order$Status");
        return Enum.valueOf(enumType, name);
    }
}
