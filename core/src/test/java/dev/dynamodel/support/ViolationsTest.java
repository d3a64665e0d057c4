package dev.dynamodel.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.exception.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void paths_joinNamesWithDots_andIndexesInBrackets() {
        Violations violations = new Violations(Clock.systemUTC());
        violations.add("email", "Email", "bad");
        violations.enter("books");
        violations.enterIndex(2);
        violations.add("zip_code", "Pattern", "bad");
        violations.enter("tags");
        violations.addAt(10, "NotBlank", "bad");
        violations.leave();
        violations.addHere("Rule", "bad");
        violations.leave();
        violations.leave();
        violations.addHere("Whole", "bad");
        assertEquals(List.of("email", "books[2].zip_code", "books[2].tags[10]", "books[2]", ""),
                violations.list().stream().map(Violation::path).toList());
    }

    @Test
    void deepPaths_growTheStack() {
        Violations violations = new Violations(Clock.systemUTC());
        for (int i = 0; i < 20; i++) {
            violations.enter("n" + i);
        }
        violations.add("leaf", "R", "m");
        assertTrue(violations.list().get(0).path().endsWith("n19.leaf"));
    }

    @Test
    void throwIfAny_throwsOnlyWhenSomethingWasFound() {
        Violations violations = new Violations(Clock.systemUTC());
        violations.throwIfAny("Thing");
        violations.add("a", "NotNull", "must not be null");
        ValidationException e = assertThrows(ValidationException.class, () -> violations.throwIfAny("Thing"));
        assertEquals("Thing has 1 invalid value: a: must not be null (NotNull)", e.getMessage());
        assertEquals(List.of(new Violation("a", "NotNull", "must not be null")), e.violations());
    }

    @Test
    void time_isReadOnce_andTodayUsesTheClocksZone() {
        Clock clock = Clock.fixed(Instant.parse("2025-01-01T23:30:00Z"), ZoneId.of("Europe/Oslo"));
        Violations violations = new Violations(clock);
        assertEquals(Instant.parse("2025-01-01T23:30:00Z"), violations.now());
        assertEquals(LocalDate.of(2025, 1, 2), violations.today());
    }

    @Test
    void enter_pastDynamoDbsDepth_stopsWithADepthViolationBeforeTheStackRunsOut() {
        Violations violations = new Violations(Clock.systemUTC());
        violations.add("earlier", "NotNull", "must not be null");
        violations.enter("tree");
        for (int i = 1; i < 32; i++) {
            violations.enterIndex(0);
        }
        ValidationException e = assertThrows(
                ValidationException.class, () -> violations.enterIndex(0));
        assertEquals(2, e.violations().size(), "what was found before is kept");
        assertEquals("tree" + "[0]".repeat(31), e.violations().get(1).path());
        assertEquals("Depth", e.violations().get(1).rule());
    }
}
