package dev.dynamodel.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.support.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Each standard constraint's pass and fail cases, on the types it applies to, through create
 * against DynamoDB Local with a fixed clock. Each failing case is refused with exactly its rule.
 */
@ExtendWith(DynamoLocalExtension.class)
class ConstraintsTest {
    /** "Now" for @Past and @Future: noon, 1 June 2025, UTC. */
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @BeforeAll
    static void createTable(Dynamo dynamo) {
        ConstrainedModel.of(dynamo).createTableIfNotExists();
    }

    /** The fields of a {@link Constrained}, valid by default, to change one at a time. */
    static final class Fields {
        String id = "c";
        int quantity = 1;
        Long stock = 0L;
        Integer debt = -1;
        short delta = 0;
        BigDecimal price = new BigDecimal("999.99");
        Integer atLeastThree = 3;
        Double ratio = 10.0;
        BigInteger big = BigInteger.ONE;
        Instant born = NOW.minusSeconds(1);
        LocalDate joined = LocalDate.of(2025, 6, 1);
        LocalDateTime renewal = LocalDateTime.of(2025, 6, 1, 12, 0, 1);
        OffsetDateTime deadline = OffsetDateTime.of(2025, 6, 1, 14, 0, 0, 0, ZoneOffset.ofHours(2));
        Boolean accepted = true;
        boolean banned = false;
        String legacy = null;
        Map<String, Integer> scores = Map.of("a", 1);
        byte[] code = {1};
        Set<String> labels = Set.of("a", "b");
        List<Integer> counts = List.of(1, 2);
        Map<String, List<String>> groups = Map.of("g", List.of("ab"));
        double plain = 1.5;

        Constrained build() {
            return new Constrained(id, quantity, stock, debt, delta, price, atLeastThree, ratio, big, born, joined,
                    renewal, deadline, accepted, banned, legacy, scores, code, labels, counts, groups, plain);
        }
    }

    private static Constrained with(Consumer<Fields> change) {
        Fields fields = new Fields();
        change.accept(fields);
        return fields.build();
    }

    /** The path and rule of every violation when creating the entity. */
    private static List<String> violations(Dynamo dynamo, Constrained entity) {
        ConstrainedModel model = ConstrainedModel.of(Tables.withClock(dynamo, CLOCK));
        try {
            model.create(entity);
            model.delete(entity);
            return List.of();
        } catch (ValidationException e) {
            return e.violations().stream().map(v -> v.path() + " " + v.rule()).toList();
        }
    }

    private static void assertRefused(Dynamo dynamo, Consumer<Fields> change, String... expected) {
        assertEquals(List.of(expected), violations(dynamo, with(change)));
    }

    private static void assertAccepted(Dynamo dynamo, Consumer<Fields> change) {
        assertEquals(List.of(), violations(dynamo, with(change)));
    }

    @Test
    void validEntity_isWrittenWhole(Dynamo dynamo) {
        ConstrainedModel model = ConstrainedModel.of(Tables.withClock(dynamo, CLOCK));
        Constrained valid = with(f -> f.id = "whole");
        model.create(valid);
        Constrained back = model.get("whole").orElseThrow();
        assertEquals(valid.price(), back.price());
        assertEquals(valid.groups(), back.groups());
    }

    @Test
    void signs(Dynamo dynamo) {
        assertRefused(dynamo, f -> f.quantity = 0, "quantity Positive");
        assertRefused(dynamo, f -> f.stock = -1L, "stock PositiveOrZero");
        assertAccepted(dynamo, f -> f.stock = 0L);
        assertRefused(dynamo, f -> f.debt = 0, "debt Negative");
        assertRefused(dynamo, f -> f.delta = 1, "delta NegativeOrZero");
        assertAccepted(dynamo, f -> f.delta = Short.MIN_VALUE);
    }

    @Test
    void decimalBounds_inclusiveAndExclusive_andDigits(Dynamo dynamo) {
        assertAccepted(dynamo, f -> f.price = new BigDecimal("0.01"));
        assertRefused(dynamo, f -> f.price = new BigDecimal("0.009"), "price DecimalMin", "price Digits");
        assertRefused(dynamo, f -> f.price = new BigDecimal("1000"), "price DecimalMax", "price Digits");
        assertRefused(dynamo, f -> f.price = new BigDecimal("10.123"), "price Digits");
        assertAccepted(dynamo, f -> f.price = new BigDecimal("10.120"));
    }

    @Test
    void decimalBoundOnAnInteger_roundsTowardsTheAllowedSide(Dynamo dynamo) {
        assertAccepted(dynamo, f -> f.atLeastThree = 3);
        assertRefused(dynamo, f -> f.atLeastThree = 2, "atLeastThree DecimalMin");
    }

    @Test
    void minAndMax_onDoubleAndBigInteger(Dynamo dynamo) {
        assertRefused(dynamo, f -> f.ratio = 10.000001, "ratio Max");
        assertRefused(dynamo, f -> f.big = BigInteger.ZERO, "big Min");
    }

    @Test
    void pastAndFuture_compareWithTheRuntimeClock(Dynamo dynamo) {
        assertRefused(dynamo, f -> f.born = NOW, "born Past");
        assertAccepted(dynamo, f -> f.joined = LocalDate.of(2025, 6, 1));
        assertRefused(dynamo, f -> f.joined = LocalDate.of(2025, 6, 2), "joined PastOrPresent");
        assertRefused(dynamo, f -> f.renewal = LocalDateTime.of(2025, 6, 1, 12, 0), "renewal Future");
        assertAccepted(dynamo, f -> f.deadline = OffsetDateTime.of(2025, 6, 1, 14, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertRefused(dynamo, f -> f.deadline = OffsetDateTime.of(2025, 6, 1, 13, 59, 59, 0, ZoneOffset.ofHours(2)),
                "deadline FutureOrPresent");
    }

    @Test
    void assertionsAndNull(Dynamo dynamo) {
        assertRefused(dynamo, f -> f.accepted = false, "accepted AssertTrue");
        assertAccepted(dynamo, f -> f.accepted = null);
        assertRefused(dynamo, f -> f.banned = true, "banned AssertFalse");
        assertRefused(dynamo, f -> f.legacy = "x", "legacy Null");
    }

    @Test
    void sizes_ofMapsBinariesAndSets(Dynamo dynamo) {
        assertRefused(dynamo, f -> f.scores = Map.of(), "scores NotEmpty");
        assertRefused(dynamo, f -> f.scores = null, "scores NotEmpty");
        assertRefused(dynamo, f -> f.code = new byte[0], "code Size");
        assertRefused(dynamo, f -> f.code = new byte[5], "code Size");
        assertRefused(dynamo, f -> f.labels = Set.of("a"), "labels Size");
    }

    @Test
    void elementRules_onListsAndListsInsideMaps(Dynamo dynamo) {
        assertRefused(dynamo, f -> f.counts = Arrays.asList(1, null, 0), "counts[1] NotNull", "counts[2] Positive");
        assertRefused(dynamo, f -> f.groups = Map.of("g", List.of("ab", "c")), "groups.g[1] Size");
    }

    @Test
    void numbersDynamoDbCannotStore_areRefusedBeforeSending(Dynamo dynamo) {
        assertRefused(dynamo, f -> f.plain = Double.NaN, "plain Number");
        assertRefused(dynamo, f -> f.plain = 1e200, "plain Number");
        assertRefused(dynamo, f -> f.ratio = Double.NEGATIVE_INFINITY, "ratio Number");
        assertRefused(dynamo, f -> f.big = BigInteger.TEN.pow(38).add(BigInteger.ONE), "big Number");
        assertAccepted(dynamo, f -> f.big = BigInteger.TEN.pow(38)); // one significant digit
        assertAccepted(dynamo, f -> f.big = BigInteger.TEN.pow(38).subtract(BigInteger.ONE));
        assertRefused(dynamo, f -> f.price = new BigDecimal("1E-131"), "price DecimalMin", "price Digits", "price Number");
    }

    @Test
    void builtInNumberRule_refusesExactlyWhatDynamoDbRefuses(Dynamo dynamo) {
        ConstrainedModel model = ConstrainedModel.of(dynamo);
        List<String> numbers = List.of("99999999999999999999999999999999999999", "100000000000000000000000000000000000000",
                "100000000000000000000000000000000000001", "1.2345678901234567890123456789012345678",
                "1.23456789012345678901234567890123456789", "1E-130", "1E-131", "9.9999999999999999999999999999999999999E+125",
                "1E+126", "-1E+126", "0.000");
        for (String number : numbers) {
            boolean stored;
            try {
                dynamo.client().putItem(b -> b.tableName(model.tableName()).item(Map.of(
                        "id", AttributeValue.fromS("raw"), "n", AttributeValue.fromN(number))));
                stored = true;
            } catch (DynamoDbException e) {
                stored = false;
            }
            assertEquals(stored, Checks.storable(new BigDecimal(number)), number);
        }
    }

    @Test
    void refusedWrites_leaveTheTableEmpty(Dynamo dynamo) {
        ConstrainedModel model = ConstrainedModel.of(Tables.withClock(dynamo, CLOCK));
        assertThrows(ValidationException.class, () -> model.create(with(f -> f.quantity = -5)));
        assertTrue(Tables.items(dynamo, model).stream().noneMatch(item -> item.get("id").s().equals("c")));
    }
}
