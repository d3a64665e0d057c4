package dev.dynamodel.tests;

import dev.dynamodel.tests.entities.AllTypes;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Edge values that DynamoDB accepts unchanged: its numbers span 1E-130 to 1E+126 and it returns
 * them normalized ({@code -2E+5} comes back as {@code -200000}), so the pure-schema extremes of
 * {@link TypeRoundTripTest} are replaced where they would not survive the trip.
 */
final class DatabaseSafeValues {
    private DatabaseSafeValues() {
    }

    static AllTypes allTypes(String id) {
        AllTypes t = TypeRoundTripTest.edgeValues(id);
        return new AllTypes(t.id(), t.primitiveInt(), t.primitiveLong(), t.primitiveShort(), t.primitiveByte(),
                -1.5e-100, t.primitiveFloat(), t.primitiveBoolean(), t.primitiveChar(), t.boxedInt(), t.boxedLong(),
                t.boxedShort(), t.boxedByte(), 1.7976931348623157e125, t.boxedFloat(), t.boxedBoolean(), t.boxedChar(),
                t.bigDecimal(), t.bigInteger(), t.bytes(), t.sdkBytes(), t.colour(), t.uuid(), t.instant(), t.localDate(),
                t.localDateTime(), t.offsetDateTime(), t.strings(), t.numbers(), t.stringSet(), t.longSet(),
                Set.of(new BigDecimal("0.1"), new BigDecimal("-200000")), t.binarySet(), t.colourSet(), t.uuidSet(),
                t.counts(), t.address(), t.addressBooks(), t.deep(), null);
    }

    static AllTypes withEmptySets(String id) {
        AllTypes t = allTypes(id);
        return new AllTypes(t.id(), t.primitiveInt(), t.primitiveLong(), t.primitiveShort(), t.primitiveByte(),
                t.primitiveDouble(), t.primitiveFloat(), t.primitiveBoolean(), t.primitiveChar(), t.boxedInt(), t.boxedLong(),
                t.boxedShort(), t.boxedByte(), t.boxedDouble(), t.boxedFloat(), t.boxedBoolean(), t.boxedChar(),
                t.bigDecimal(), t.bigInteger(), t.bytes(), t.sdkBytes(), t.colour(), t.uuid(), t.instant(), t.localDate(),
                t.localDateTime(), t.offsetDateTime(), t.strings(), t.numbers(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), t.counts(), t.address(), t.addressBooks(), t.deep(), null);
    }
}
