package dev.dynamodel.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Date-time values as ISO-8601 strings, called by generated schemas. For generated code only: not an API, may change in any release without notice.
 *
 * <p>Written with a fixed nine-digit fraction of a second ({@code 2024-05-01T10:15:30.000000000Z}),
 * so that the strings sort in time order (a sort key, {@code between}) and read back exactly.
 * Any ISO-8601 form is accepted on read, so items written by other tools still load.
 */
public final class Temporals {

    private Temporals() {
    }

    public static AttributeValue instant(Instant value) {
        return AttributeValue.fromS(InstantText.format(value));
    }

    public static Instant toInstant(AttributeValue value) {
        return InstantText.parse(Codecs.toString(value));
    }

    public static AttributeValue localDate(LocalDate value) {
        return AttributeValue.fromS(value.toString());
    }

    public static LocalDate toLocalDate(AttributeValue value) {
        return LocalDate.parse(Codecs.toString(value));
    }

    public static AttributeValue localDateTime(LocalDateTime value) {
        return AttributeValue.fromS(Formats.LOCAL_DATE_TIME.format(value));
    }

    public static LocalDateTime toLocalDateTime(AttributeValue value) {
        return LocalDateTime.parse(Codecs.toString(value));
    }

    public static AttributeValue offsetDateTime(OffsetDateTime value) {
        return AttributeValue.fromS(Formats.OFFSET_DATE_TIME.format(value));
    }

    public static OffsetDateTime toOffsetDateTime(AttributeValue value) {
        return OffsetDateTime.parse(Codecs.toString(value));
    }

    /**
     * Built on first use, not when Temporals loads: compiling a pattern takes milliseconds in a
     * fresh JVM, which an entity without these types should not pay at start-up.
     */
    private static final class Formats {
        static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");
        static final DateTimeFormatter OFFSET_DATE_TIME =
                DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSSxxx");
    }
}
