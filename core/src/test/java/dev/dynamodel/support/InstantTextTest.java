package dev.dynamodel.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class InstantTextTest {
    private static final long YEAR_0 = -62_167_219_200L;
    private static final long YEAR_10000 = 253_402_300_800L;

    @Test
    void format_writesWhatTheReferenceFormatterWrites_acrossYears0To9999() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(YEAR_0, YEAR_10000), random.nextInt(1_000_000_000));
            assertEquals(InstantText.Reference.FORMAT.format(instant), InstantText.format(instant));
        }
    }

    @Test
    void format_atTheEdgesAndOutsideTheFastPath_matchesTheReferenceFormatter() {
        List<Instant> edges = List.of(Instant.EPOCH, Instant.ofEpochSecond(-1, 999_999_999),
                Instant.ofEpochSecond(YEAR_0), Instant.ofEpochSecond(YEAR_10000 - 1, 999_999_999),
                Instant.ofEpochSecond(YEAR_10000), Instant.ofEpochSecond(YEAR_0 - 1), Instant.MAX, Instant.MIN,
                Instant.parse("2000-02-29T12:00:00Z"), Instant.parse("2100-03-01T00:00:00Z"));
        for (Instant instant : edges) {
            assertEquals(InstantText.Reference.FORMAT.format(instant), InstantText.format(instant), instant::toString);
        }
    }

    @Test
    void parse_readsBackEveryFormattedInstantAndEveryInstantToString() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            // Nanos rounded to whole millis or seconds now and then, so toString has 0, 3, 6 or 9 fraction digits.
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(random.nextLong(YEAR_0, YEAR_10000), nanos);
            assertEquals(instant, InstantText.parse(InstantText.format(instant)));
            assertEquals(instant, InstantText.parse(instant.toString()));
        }
    }

    @Test
    void parse_ofTextOffTheFastPath_behavesExactlyLikeInstantParse() {
        for (String text : List.of("2013-09-02T00:00:00.5Z", "2013-09-02T00:00:00.12Z", "2013-09-02t00:00:00z",
                "2013-09-02T24:00:00Z", "2013-09-02T00:00:00.Z", "+10000-01-01T00:00:00Z", "2016-12-31T23:59:60Z",
                "1969-12-31T23:59:59.999999999Z", "2013-09-02T00:00:00.1234567890Z", "2013-09-02T00:00:00+01:00")) {
            Object expected = outcome(text, Instant::parse);
            assertEquals(expected, outcome(text, InstantText::parse), text);
        }
    }

    @Test
    void parse_ofInvalidText_throwsDateTimeParseException() {
        for (String text : List.of("2013-02-29T00:00:00Z", "2013-13-01T00:00:00Z", "2013-09-02T25:00:00Z",
                "2013-09-02 00:00:00Z", "20130902T000000Z", "2013-0a-02T00:00:00Z", "")) {
            assertThrows(DateTimeParseException.class, () -> InstantText.parse(text), text);
        }
    }

    /** The parsed instant, or the exception's class if parsing failed. */
    private static Object outcome(String text, Function<String, Instant> parser) {
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }
}
