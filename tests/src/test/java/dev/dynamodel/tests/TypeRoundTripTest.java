package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.exception.ItemMappingException;
import dev.dynamodel.tests.entities.Address;
import dev.dynamodel.tests.entities.AllTypes;
import dev.dynamodel.tests.entities.AllTypesSchema;
import dev.dynamodel.tests.entities.Colour;
import dev.dynamodel.tests.entities.GeoPoint;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Every supported type through the generated schema, both ways, without a database. */
class TypeRoundTripTest {

    static AllTypes edgeValues(String id) {
        Map<String, Address> book = new HashMap<>();
        book.put("home", new Address("Hauptstraße 1", "Zürich", "8001", new GeoPoint(47.37, 8.54)));
        book.put("none", null);
        List<Map<String, Address>> books = new ArrayList<>();
        books.add(book);
        books.add(null);
        Map<String, List<Set<Integer>>> deep = new HashMap<>();
        deep.put("a", List.of(Set.of(1, 2, 3), Set.of(-7)));
        return new AllTypes(id,
                Integer.MIN_VALUE, Long.MIN_VALUE, Short.MAX_VALUE, Byte.MIN_VALUE,
                -1.5e-300, 3.25f, true, 'ß',
                Integer.MAX_VALUE, Long.MAX_VALUE, Short.MIN_VALUE, Byte.MAX_VALUE,
                Double.MAX_VALUE, Float.MIN_VALUE, false, '✓',
                new BigDecimal("1234567890123456789012345678.9012345678"), // 38 digits
                new BigInteger("-99999999999999999999999999999999999999"),  // 38 digits
                new byte[] {0, -1, 127, -128}, SdkBytes.fromUtf8String("bytes"),
                Colour.GREEN, UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                Instant.parse("2024-02-29T23:59:59.123456789Z"), LocalDate.of(1, 1, 1),
                LocalDateTime.of(2024, 1, 1, 0, 0), OffsetDateTime.of(2024, 5, 6, 7, 8, 9, 10, ZoneOffset.ofHours(-5)),
                Arrays.asList("", "日本語", null, "emoji 🎬"), List.of(0, -1, 42),
                new LinkedHashSet<>(List.of("b", "a", "")), Set.of(Long.MIN_VALUE, 0L), Set.of(new BigDecimal("0.1"), new BigDecimal("-2E+5")),
                Set.of(SdkBytes.fromUtf8String("x")),
                Set.of(Colour.RED, Colour.BLUE), Set.of(UUID.fromString("00000000-0000-0000-0000-000000000001")),
                Map.of("one", 1, "zero", 0),
                new Address(null, "", null, null),
                books,
                deep,
                "not stored");
    }

    @Test
    void everyType_roundTripsThroughTheSchema() {
        AllTypes original = edgeValues("id-1");
        Map<String, AttributeValue> item = AllTypesSchema.INSTANCE.toItem(original);
        AllTypes back = AllTypesSchema.INSTANCE.fromItem(item);
        assertSameValues(original, back);
        assertNull(back.notStored(), "@Ignore'd component is not stored");
        assertFalse(item.containsKey("notStored"));
    }

    @Test
    void storedForms_areTheDocumentedOnes() {
        Map<String, AttributeValue> item = AllTypesSchema.INSTANCE.toItem(edgeValues("id-2"));
        assertEquals("2024-02-29T23:59:59.123456789Z", item.get("instant").s());
        assertEquals("2024-01-01T00:00:00.000000000", item.get("localDateTime").s(), "fixed width so strings sort");
        assertEquals("0001-01-01", item.get("localDate").s());
        assertEquals("GREEN", item.get("colour").s());
        assertEquals("-2147483648", item.get("primitiveInt").n());
        assertEquals("1234567890123456789012345678.9012345678", item.get("bigDecimal").n());
        assertEquals(List.of("b", "a", ""), item.get("stringSet").ss());
        assertTrue(item.get("strings").l().get(2).nul(), "null list element is stored as NULL");
        assertEquals("Zürich", item.get("addressBooks").l().get(0).m().get("home").m().get("city").s());
        assertEquals("8001", item.get("addressBooks").l().get(0).m().get("home").m().get("zip_code").s(),
                "@Attribute renames inside nested documents too");
    }

    @Test
    void nullFields_areLeftOutOfTheItem() {
        AllTypes sparse = new AllTypes("id-3", 0, 0, (short) 0, (byte) 0, 0, 0, false, 'x',
                null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        Map<String, AttributeValue> item = AllTypesSchema.INSTANCE.toItem(sparse);
        // id and the eight primitives
        assertEquals(9, item.size(), item.keySet().toString());
        assertEquals(sparse, AllTypesSchema.INSTANCE.fromItem(item));
    }

    @Test
    void emptySets_areLeftOutAndReadBackAsNull() {
        AllTypes base = edgeValues("id-4");
        AllTypes withEmptySets = new AllTypes(base.id(), 1, 1, (short) 1, (byte) 1, 1, 1, true, 'c',
                null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                null, null, null, Map.of("k", List.of(Set.of())), null);
        Map<String, AttributeValue> item = AllTypesSchema.INSTANCE.toItem(withEmptySets);
        assertFalse(item.containsKey("stringSet"));
        assertFalse(item.containsKey("longSet"));
        assertFalse(item.containsKey("binarySet"));
        assertTrue(item.get("deep").m().get("k").l().get(0).nul(), "an empty set inside a list is stored as NULL");
        AllTypes back = AllTypesSchema.INSTANCE.fromItem(item);
        assertNull(back.stringSet());
        assertNull(back.deep().get("k").get(0));
    }

    @Test
    void numbersInOtherNotations_readBackExactly() {
        Map<String, AttributeValue> item = AllTypesSchema.INSTANCE.toItem(edgeValues("id-5"));
        item.put("primitiveInt", AttributeValue.fromN("1E+2"));
        item.put("boxedLong", AttributeValue.fromN("12.000"));
        AllTypes back = AllTypesSchema.INSTANCE.fromItem(item);
        assertEquals(100, back.primitiveInt());
        assertEquals(12L, back.boxedLong());
    }

    @Test
    void attributeOfTheWrongType_failsWithItemMappingException() {
        Map<String, AttributeValue> item = AllTypesSchema.INSTANCE.toItem(edgeValues("id-6"));
        item.put("boxedInt", AttributeValue.fromS("twelve"));
        ItemMappingException e = assertThrows(ItemMappingException.class, () -> AllTypesSchema.INSTANCE.fromItem(item));
        assertEquals("boxedInt", e.path());
        assertTrue(e.getMessage().startsWith("Attribute 'boxedInt': expected a number (N), found"), e.getMessage());
    }

    @Test
    void wrongTypeInsideANestedDocument_namesTheWholePath() {
        Map<String, AttributeValue> item = AllTypesSchema.INSTANCE.toItem(edgeValues("id-7"));
        Map<String, AttributeValue> location = Map.of("lat", AttributeValue.fromS("north"), "lon", AttributeValue.fromN("1"));
        Map<String, AttributeValue> address = new java.util.HashMap<>(item.get("address").m());
        address.put("location", AttributeValue.fromM(location));
        item.put("address", AttributeValue.fromM(address));
        ItemMappingException e = assertThrows(ItemMappingException.class, () -> AllTypesSchema.INSTANCE.fromItem(item));
        assertEquals("address.location.lat", e.path());
    }

    @Test
    void numberThatDoesNotFitItsField_isAnItemMappingException() {
        Map<String, AttributeValue> item = AllTypesSchema.INSTANCE.toItem(edgeValues("id-8"));
        item.put("primitiveInt", AttributeValue.fromN("1.5"));
        ItemMappingException e = assertThrows(ItemMappingException.class, () -> AllTypesSchema.INSTANCE.fromItem(item));
        assertEquals("primitiveInt", e.path());
        assertTrue(e.getMessage().contains("expected a number that fits int exactly"), e.getMessage());
    }

    /** Records compare arrays by identity, so compare those by content and the rest with equals. */
    static void assertSameValues(AllTypes expected, AllTypes actual) {
        assertArrayEquals(expected.bytes(), actual.bytes());
        AllTypes expectedWithoutArrays = withBytes(expected, null);
        AllTypes actualWithoutArrays = withBytes(actual, null);
        assertEquals(withoutIgnored(expectedWithoutArrays), actualWithoutArrays);
    }

    private static AllTypes withBytes(AllTypes t, byte[] bytes) {
        return new AllTypes(t.id(), t.primitiveInt(), t.primitiveLong(), t.primitiveShort(), t.primitiveByte(),
                t.primitiveDouble(), t.primitiveFloat(), t.primitiveBoolean(), t.primitiveChar(), t.boxedInt(), t.boxedLong(),
                t.boxedShort(), t.boxedByte(), t.boxedDouble(), t.boxedFloat(), t.boxedBoolean(), t.boxedChar(), t.bigDecimal(),
                t.bigInteger(), bytes, t.sdkBytes(), t.colour(), t.uuid(), t.instant(), t.localDate(), t.localDateTime(),
                t.offsetDateTime(), t.strings(), t.numbers(), t.stringSet(), t.longSet(), t.decimalSet(), t.binarySet(),
                t.colourSet(), t.uuidSet(), t.counts(), t.address(), t.addressBooks(), t.deep(), t.notStored());
    }

    private static AllTypes withoutIgnored(AllTypes t) {
        return new AllTypes(t.id(), t.primitiveInt(), t.primitiveLong(), t.primitiveShort(), t.primitiveByte(),
                t.primitiveDouble(), t.primitiveFloat(), t.primitiveBoolean(), t.primitiveChar(), t.boxedInt(), t.boxedLong(),
                t.boxedShort(), t.boxedByte(), t.boxedDouble(), t.boxedFloat(), t.boxedBoolean(), t.boxedChar(), t.bigDecimal(),
                t.bigInteger(), t.bytes(), t.sdkBytes(), t.colour(), t.uuid(), t.instant(), t.localDate(), t.localDateTime(),
                t.offsetDateTime(), t.strings(), t.numbers(), t.stringSet(), t.longSet(), t.decimalSet(), t.binarySet(),
                t.colourSet(), t.uuidSet(), t.counts(), t.address(), t.addressBooks(), t.deep(), null);
    }
}
