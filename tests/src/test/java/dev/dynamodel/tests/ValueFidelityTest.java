package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.ItemMappingException;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.tests.entities.AllTypesModel;
import dev.dynamodel.tests.entities.Measurement;
import dev.dynamodel.tests.entities.MeasurementModel;
import dev.dynamodel.tests.entities.MeasurementSchema;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Values that must come back as they were written, or as the docs say they come back. */
@ExtendWith(DynamoLocalExtension.class)
class ValueFidelityTest {

    @BeforeAll
    static void createTables(Dynamo dynamo) {
        MeasurementModel.of(dynamo).createTableIfNotExists();
        AllTypesModel.of(dynamo).createTableIfNotExists();
    }

    private static Measurement at(OffsetDateTime at) {
        return new Measurement("s1", at, 1, null, 0f, null, null);
    }

    @Test
    void offsetWithSeconds_keepsTheInstantAndTheOffset(Dynamo dynamo) {
        MeasurementModel measurements = MeasurementModel.of(dynamo);
        OffsetDateTime odd = OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 0, ZoneOffset.ofHoursMinutesSeconds(0, 17, 30));
        measurements.create(at(odd));

        Measurement back = measurements.get("s1", odd).orElseThrow();
        assertEquals(odd, back.at(), "same local time and offset, so the same instant");
        assertEquals("2024-05-01T10:15:30.000000000+00:17:30", MeasurementSchema.INSTANCE.toItem(back).get("at").s());
        assertEquals(List.of(back), measurements.query(MeasurementSchema.SENSOR.eq("s1")
                .and(MeasurementSchema.AT.eq(odd))).list());
    }

    @Test
    void offsetWithoutSeconds_isWrittenAsBefore() {
        OffsetDateTime plain = OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 0, ZoneOffset.ofHours(2));
        assertEquals("2024-05-01T10:15:30.000000000+02:00", MeasurementSchema.INSTANCE.toItem(at(plain)).get("at").s());
        OffsetDateTime utc = plain.withOffsetSameInstant(ZoneOffset.UTC);
        assertEquals("2024-05-01T08:15:30.000000000+00:00", MeasurementSchema.INSTANCE.toItem(at(utc)).get("at").s());
    }

    /**
     * DynamoDB's numbers have no negative zero, and DynamoDB Local keeps -0.0 inside a list but not
     * at the top of an item: the library writes 0.0, so that every position reads back 0.0 (documented).
     */
    @Test
    void negativeZero_readsBackAsPositiveZero(Dynamo dynamo) {
        MeasurementModel measurements = MeasurementModel.of(dynamo);
        OffsetDateTime time = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        Measurement written = new Measurement("zero", time, -0.0, -0.0, -0.0f, new BigDecimal("-0.0"), List.of(-0.0));
        assertEquals("0.0", MeasurementSchema.INSTANCE.toItem(written).get("value").n());

        measurements.create(written);
        Measurement back = measurements.get("zero", time).orElseThrow();
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(back.value()));
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(back.boxed()));
        assertEquals(Float.floatToRawIntBits(0f), Float.floatToRawIntBits(back.single()));
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(back.series().get(0)));
        assertEquals(0, back.decimal().signum());
        assertEquals(0, back.value() == -0.0 ? 0 : 1, "equal by ==, as -0.0 == 0.0 in Java");
    }

    // ---- a stored value never appears in a read error

    private static final String SECRET = "PWD-SECRET-4711";

    /** Each attribute holds the secret where the entity expects something else. */
    private static final Map<String, AttributeValue> HOSTILE = Map.ofEntries(
            Map.entry("boxedInt", AttributeValue.fromS(SECRET)),
            Map.entry("primitiveLong", AttributeValue.fromS(SECRET)),
            Map.entry("bigDecimal", AttributeValue.fromSs(List.of(SECRET))),
            Map.entry("boxedChar", AttributeValue.fromS(SECRET)),
            Map.entry("colour", AttributeValue.fromS(SECRET)),
            Map.entry("uuid", AttributeValue.fromS(SECRET)),
            Map.entry("instant", AttributeValue.fromS(SECRET)),
            Map.entry("localDate", AttributeValue.fromS(SECRET)),
            Map.entry("localDateTime", AttributeValue.fromS(SECRET)),
            Map.entry("offsetDateTime", AttributeValue.fromS(SECRET)),
            Map.entry("colourSet", AttributeValue.fromSs(List.of(SECRET))),
            Map.entry("uuidSet", AttributeValue.fromSs(List.of(SECRET))),
            Map.entry("boxedBoolean", AttributeValue.fromS(SECRET)),
            Map.entry("address", AttributeValue.fromS(SECRET)),
            Map.entry("strings", AttributeValue.fromM(Map.of("k", AttributeValue.fromS(SECRET)))),
            Map.entry("counts", AttributeValue.fromM(Map.of("k", AttributeValue.fromS(SECRET)))),
            Map.entry("sdkBytes", AttributeValue.fromS(SECRET)));

    @Test
    void readErrors_nameThePathAndTheTypes_neverTheStoredValue(Dynamo dynamo) {
        AllTypesModel model = AllTypesModel.of(dynamo);
        for (Map.Entry<String, AttributeValue> attribute : HOSTILE.entrySet()) {
            String id = "secret-" + attribute.getKey();
            dynamo.client().putItem(b -> b.tableName(model.tableName())
                    .item(Map.of("id", AttributeValue.fromS(id), attribute.getKey(), attribute.getValue())));
            ItemMappingException e = assertThrows(ItemMappingException.class, () -> model.get(id), attribute.getKey());
            assertEquals(attribute.getKey(), e.path().replaceAll("\\..*", ""), e.getMessage());
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertFalse(String.valueOf(t.getMessage()).contains("SECRET"), attribute.getKey() + ": " + t);
                assertFalse(t.toString().contains("SECRET"), attribute.getKey() + ": " + t);
            }
        }
    }

    @Test
    void aTypeMismatch_namesTheExpectedAndTheFoundType(Dynamo dynamo) {
        AllTypesModel model = AllTypesModel.of(dynamo);
        dynamo.client().putItem(b -> b.tableName(model.tableName())
                .item(Map.of("id", AttributeValue.fromS("mismatch"), "boxedInt", AttributeValue.fromS(SECRET))));
        ItemMappingException e = assertThrows(ItemMappingException.class, () -> model.get("mismatch"));
        assertEquals("Attribute 'boxedInt': expected a number (N), found a string (S)", e.getMessage());
    }
}
