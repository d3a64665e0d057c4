package dev.dynamodel.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamodel.exception.ItemMappingException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class CodecsTest {
    private static final AttributeValue SECRET = AttributeValue.fromS("PWD-SECRET-1");

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable read) {
        ItemMappingException e = assertThrows(ItemMappingException.class, read);
        assertEquals(expected, e.getMessage());
        assertNull(e.getCause(), "the JDK's exception quotes the text");
    }

    @Test
    void readErrors_nameTypes_neverTheValue() {
        assertMessage("expected a number (N), found a string (S)", () -> Codecs.toInt(SECRET));
        assertMessage("expected a map (M), found a string set (SS)",
                () -> Codecs.toMap(AttributeValue.fromSs(List.of("PWD-SECRET")), v -> v));
        assertMessage("expected a one-character string (S), found a string of 12 characters", () -> Codecs.toChar(SECRET));
        assertMessage("expected a number (N), found text that is not a number", () -> Codecs.parseLong("PWD-SECRET"));
        assertMessage("expected a number that fits int exactly, found one that does not", () -> Codecs.parseInt("1E+20"));
        assertMessage("expected a UUID (S), found a string that is not one", () -> Codecs.toUuid(SECRET));
        assertMessage("expected the name of an enum constant (S), found a string that names none",
                () -> Codecs.toEnum(SECRET, ZoneOffsetKind::valueOf));
        assertMessage("expected an instant as ISO-8601 text (S), found a string that is not one",
                () -> Temporals.toInstant(SECRET));
        assertMessage("expected an offset date-time as ISO-8601 text (S), found a string that is not one",
                () -> Temporals.toOffsetDateTime(SECRET));
    }

    private enum ZoneOffsetKind { FIXED }

    @Test
    void offsetDateTime_keepsTheOffsetsSeconds() {
        OffsetDateTime odd = OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 5, ZoneOffset.ofHoursMinutesSeconds(-3, -2, -1));
        AttributeValue stored = Temporals.offsetDateTime(odd);
        assertEquals("2024-05-01T10:15:30.000000005-03:02:01", stored.s());
        assertEquals(odd, Temporals.toOffsetDateTime(stored));
    }

    @Test
    void negativeZero_isWrittenAsZero() {
        assertEquals("0.0", Codecs.number(-0.0).n());
        assertEquals("0.0", Codecs.number(-0.0f).n());
        assertEquals("-1.5", Codecs.number(-1.5).n());
    }
}
