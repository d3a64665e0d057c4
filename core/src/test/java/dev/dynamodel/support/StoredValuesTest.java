package dev.dynamodel.support;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.exception.Violation;
import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.support.Violations;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class StoredValuesTest {

    @Test
    void isValidText_acceptsPairsAndRefusesEveryUnpairedSurrogate() {
        assertTrue(StoredValues.isValidText(""));
        assertTrue(StoredValues.isValidText("plain ascii, Zürich, 日本語"));
        assertTrue(StoredValues.isValidText("🎬 at the start and end 🎬"));
        assertFalse(StoredValues.isValidText("\uD83D"), "high surrogate alone");
        assertFalse(StoredValues.isValidText("ends with a high \uD83D"), "high surrogate at the end");
        assertFalse(StoredValues.isValidText("\uDC00 low first"), "low surrogate alone");
        assertFalse(StoredValues.isValidText("\uD83D\uD83D\uDC00"), "two highs, then one low");
        assertFalse(StoredValues.isValidText("\uDC00\uD83D"), "a pair the wrong way round");
    }

    /** An attribute value with {@code containers} maps and lists around a string. */
    private static AttributeValue nested(int containers) {
        AttributeValue value = AttributeValue.fromS("leaf");
        for (int i = 0; i < containers; i++) {
            value = i % 2 == 0 ? AttributeValue.fromL(List.of(value)) : AttributeValue.fromM(Map.of("k", value));
        }
        return value;
    }

    @Test
    void check_allowsWhatDynamoDbStores_31ContainersInAnAttribute() {
        assertDoesNotThrow(() -> StoredValues.check("Thing", Map.of("a", nested(31))));
    }

    @Test
    void check_refuses32ContainersNamingTheFirstOneTooDeep() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> StoredValues.check("Thing", Map.of("a", nested(32))));
        Violation v = e.violations().get(0);
        assertEquals("Depth", v.rule());
        // a is the first container, a.k the second, a.k[0] the third...: the path of the 32nd has 32 steps.
        assertEquals("a" + ".k[0]".repeat(15) + ".k", v.path());
    }

    @Test
    void check_listsEveryProblemWithItsPath() {
        AttributeValue set = AttributeValue.fromSs(Arrays.asList("ok", null, "\uD800"));
        AttributeValue map = AttributeValue.fromM(Map.of("\uDC00", AttributeValue.fromS("x")));
        ValidationException e = assertThrows(ValidationException.class, () -> StoredValues.check("Thing",
                Map.of("tags", set, "labels", map, "amounts", AttributeValue.fromNs(Arrays.asList("1", null)))));
        assertEquals(List.of("amounts[1] NotNull", "labels Unicode", "tags[1] NotNull", "tags[2] Unicode"),
                e.violations().stream().map(v -> v.path() + " " + v.rule()).sorted().toList());
        assertFalse(e.getMessage().contains("\uD800"));
    }

    @Test
    void check_ofAnUpdateValue_countsTheLevelsOfItsPath() {
        Violations violations = new Violations(Clock.systemUTC());
        StoredValues.check(AttributePath.of("a").child("b"), nested(30), violations);
        assertTrue(violations.isEmpty(), "a and b hold the value: 32 in all, counting the item");
        StoredValues.check(AttributePath.of("a").child("b").child("c"), nested(30), violations);
        assertEquals("Depth", violations.list().get(0).rule());
        assertTrue(violations.list().get(0).path().startsWith("a.b.c"), violations.list().get(0).path());
    }

    @Test
    void check_refusesAnAttributeNameThatIsNotValidUnicode_onTheWholeItem() {
        // Names come from the schema, except those of @Unknown attributes, kept as they were read.
        ValidationException e = assertThrows(ValidationException.class,
                () -> StoredValues.check("Thing", Map.of("bad\uD800", AttributeValue.fromS("x"))));
        assertEquals(List.of(new Violation("", "Unicode",
                "has an attribute name that is not valid Unicode: it holds an unpaired UTF-16 surrogate, "
                        + "which has no UTF-8 form")), e.violations());
    }
}
