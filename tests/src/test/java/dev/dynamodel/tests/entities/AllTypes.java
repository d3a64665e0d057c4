package dev.dynamodel.tests.entities;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.Ignore;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;

/** Every supported type, as a record. */
@Entity
public record AllTypes(
        @HashKey String id,
        int primitiveInt, long primitiveLong, short primitiveShort, byte primitiveByte,
        double primitiveDouble, float primitiveFloat, boolean primitiveBoolean, char primitiveChar,
        Integer boxedInt, Long boxedLong, Short boxedShort, Byte boxedByte,
        Double boxedDouble, Float boxedFloat, Boolean boxedBoolean, Character boxedChar,
        BigDecimal bigDecimal, BigInteger bigInteger,
        byte[] bytes, SdkBytes sdkBytes,
        Colour colour, UUID uuid,
        Instant instant, LocalDate localDate, LocalDateTime localDateTime, OffsetDateTime offsetDateTime,
        List<String> strings, List<Integer> numbers,
        Set<String> stringSet, Set<Long> longSet, Set<BigDecimal> decimalSet, Set<SdkBytes> binarySet,
        Set<Colour> colourSet, Set<UUID> uuidSet,
        Map<String, Integer> counts,
        Address address,
        List<Map<String, Address>> addressBooks,
        Map<String, List<Set<Integer>>> deep,
        @Ignore String notStored) {
}
