package dev.dynamodel.support;

import dev.dynamodel.exception.ItemMappingException;
import java.time.DateTimeException;
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
        String text = Codecs.toString(value);
        try {
            return InstantText.parse(text);
        } catch (DateTimeException e) {
            throw notA("an instant");
        }
    }

    public static AttributeValue localDate(LocalDate value) {
        return AttributeValue.fromS(value.toString());
    }

    public static LocalDate toLocalDate(AttributeValue value) {
        String text = Codecs.toString(value);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw notA("a local date");
        }
    }

    public static AttributeValue localDateTime(LocalDateTime value) {
        return AttributeValue.fromS(Formats.LOCAL_DATE_TIME.format(value));
    }

    public static LocalDateTime toLocalDateTime(AttributeValue value) {
        String text = Codecs.toString(value);
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeException e) {
            throw notA("a local date-time");
        }
    }

    /**
     * The offset is written with its seconds when it has any ({@code +00:17:30}): dropping them
     * would move the stored instant.
     */
    public static AttributeValue offsetDateTime(OffsetDateTime value) {
        return AttributeValue.fromS(Formats.OFFSET_DATE_TIME.format(value));
    }

    public static OffsetDateTime toOffsetDateTime(AttributeValue value) {
        String text = Codecs.toString(value);
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeException e) {
            throw notA("an offset date-time");
        }
    }

    /**
     * The JDK's parse errors quote the text, and stored text may be a secret: the message names
     * the expected type only, and the JDK's exception is not kept as the cause.
     */
    private static ItemMappingException notA(String type) {
        return new ItemMappingException("expected " + type + " as ISO-8601 text (S), found a string that is not one");
    }

    /**
     * Built on first use, not when Temporals loads: compiling a pattern takes milliseconds in a
     * fresh JVM, which an entity without these types should not pay at start-up.
     */
    private static final class Formats {
        static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");
        static final DateTimeFormatter OFFSET_DATE_TIME =
                DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSSxxxxx");
    }
}
