package dev.dynamodel.benchmarks.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamodel.benchmarks.shapes.validated.Signup;
import dev.dynamodel.benchmarks.shapes.validated.SignupSchema;
import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.exception.Violation;
import dev.dynamodel.schema.WriteKind;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pipeline benchmark measures real work only if the rules do run: the sample passes them
 * unchanged, and the same shape with bad values is refused by every rule.
 */
class WriteRulesTest {

    @Test
    void withRules_writesTheSameItemAsToItemOnly() {
        WriteRules benchmark = new WriteRules();
        benchmark.setUp();
        assertEquals(benchmark.toItemOnly(), benchmark.withRules());
    }

    @Test
    void prepareForWrite_whenEveryFieldIsBad_reportsEveryRule() {
        Signup bad = new Signup(" ", "not-an-email", "x".repeat(81), 12, "gb",
                List.of("ok", " "), "gold", -1L, null);
        ValidationException e = assertThrows(ValidationException.class,
                () -> SignupSchema.INSTANCE.prepareForWrite(bad, WriteKind.SAVE, Clock.systemUTC()));
        assertEquals(List.of("id NotBlank", "email Email", "name Size", "age Min", "country Pattern",
                        "interests[1] NotBlank", "plan OneOf", "creditCents PositiveOrZero"),
                e.violations().stream().map(WriteRulesTest::pathAndRule).toList());
    }

    private static String pathAndRule(Violation v) {
        return v.path() + " " + v.rule();
    }
}
