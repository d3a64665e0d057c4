package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.condition.ExpressionWriter;
import dev.dynamodel.exception.ConditionFailedException;
import dev.dynamodel.exception.ItemNotFoundException;
import dev.dynamodel.exception.VersionConflictException;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.tests.entities.Counter;
import dev.dynamodel.tests.entities.CounterModel;
import dev.dynamodel.tests.entities.CounterSchema;
import dev.dynamodel.tests.entities.Track;
import dev.dynamodel.tests.entities.TrackModel;
import dev.dynamodel.tests.entities.TrackSchema;
import dev.dynamodel.tests.support.TrackData;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Raw conditions against DynamoDB Local: they combine with the library's own conditions (version
 * and existence checks, typed filters) in every way DynamoDB accepts, cannot close the group they
 * are put in, and bind only the placeholders they declare.
 */
@ExtendWith(DynamoLocalExtension.class)
class RawConditionTest {
    private static List<Track> loaded;

    @BeforeAll
    static void load(Dynamo dynamo) {
        loaded = TrackData.load(TrackModel.of(dynamo));
        CounterModel.of(dynamo).createTableIfNotExists();
    }

    private static Condition valueBelow(long max) {
        return Condition.raw("#value < :max", Map.of("#value", "value"), Map.of(":max", AttributeValue.fromN(Long.toString(max))));
    }

    /** Always true, and written so that a missing group around it would also make the version check true. */
    private static Condition alwaysTrue() {
        return Condition.raw("attribute_exists(#id) OR attribute_not_exists(#id)", Map.of("#id", "id"), Map.of());
    }

    private static List<Track> expected(Predicate<Track> filter) {
        return loaded.stream().filter(filter).toList();
    }

    @Test
    void save_ofAVersionedEntity_withARawCondition_isSentAndChecked(Dynamo dynamo) {
        CounterModel counters = CounterModel.of(dynamo);
        Counter first = counters.create(new Counter("raw-save", 1, null, null));
        // tag::raw-save[]
        Condition below10 = Condition.raw("#value < :max",
                Map.of("#value", "value"), Map.of(":max", AttributeValue.fromN("10")));
        Counter second = counters.save(first.withValue(2), below10);   // checks the version and the raw condition
        // end::raw-save[]
        assertEquals(2L, second.version());
        ConditionFailedException e = assertThrows(ConditionFailedException.class,
                () -> counters.save(second.withValue(3), valueBelow(2)));
        assertEquals(ConditionFailedException.class, e.getClass(), "the raw condition failed, not the version");
        assertThrows(VersionConflictException.class, () -> counters.save(first.withValue(9), alwaysTrue()));
        assertEquals(Optional.of(second), counters.get("raw-save"));
    }

    @Test
    void delete_ofAVersionedEntity_withARawCondition_isSentAndChecked(Dynamo dynamo) {
        CounterModel counters = CounterModel.of(dynamo);
        Counter first = counters.create(new Counter("raw-delete", 5, null, null));
        Counter second = counters.save(first.withValue(6));
        assertThrows(VersionConflictException.class, () -> counters.delete(first, alwaysTrue()));
        assertThrows(ConditionFailedException.class, () -> counters.delete(second, valueBelow(6)));
        assertEquals(Optional.of(second), counters.get("raw-delete"));
        counters.delete(second, valueBelow(7));
        assertEquals(Optional.empty(), counters.get("raw-delete"));
    }

    @Test
    void update_withARawCondition_isSentAndChecked(Dynamo dynamo) {
        CounterModel counters = CounterModel.of(dynamo);
        Counter first = counters.create(new Counter("raw-update", 1, null, null));
        Counter updated = counters.update("raw-update", u -> u.set(CounterSchema.NOTE, "ok").condition(valueBelow(5)));
        assertEquals("ok", updated.note());
        assertEquals(2L, updated.version());
        assertThrows(ConditionFailedException.class,
                () -> counters.update("raw-update", u -> u.set(CounterSchema.NOTE, "no").condition(valueBelow(1))));
        assertThrows(VersionConflictException.class,
                () -> counters.update(first, u -> u.set(CounterSchema.NOTE, "stale").condition(alwaysTrue())));
        assertThrows(ItemNotFoundException.class, () -> counters.update("raw-missing",
                u -> u.set(CounterSchema.NOTE, "x").condition(alwaysTrue())), "must-exist holds next to a raw condition");
        assertEquals("ok", counters.get("raw-update").orElseThrow().note());
    }

    @Test
    void query_rawFilterNextToTypedFilters_inAnd_or_and_not(Dynamo dynamo) {
        TrackModel tracks = TrackModel.of(dynamo);
        // tag::raw-filter[]
        Condition twoCredits = Condition.raw("size(#credits) = :two",
                Map.of("#credits", "credits"), Map.of(":two", AttributeValue.fromN("2")));
        List<Track> live = tracks.query(TrackSchema.ALBUM.eq("album-1"))
                .filter(TrackSchema.STATE.eq("live").and(twoCredits))
                .list();
        // end::raw-filter[]
        assertEquals(expected(t -> t.album().equals("album-1") && t.state().equals("live")), live);
        TrackModel model = tracks;
        Condition notBefore1955 = Condition.raw(" (#y >= :y) ", Map.of("#y", "year"), Map.of(":y", AttributeValue.fromN("1955")));
        assertEquals(expected(t -> t.album().equals("album-1") && t.state().equals("live") && t.year() >= 1955),
                model.query(TrackSchema.ALBUM.eq("album-1")).filter(TrackSchema.STATE.eq("live")).filter(twoCredits)
                        .filter(notBefore1955).list());
        assertEquals(expected(t -> t.album().equals("album-1") && (t.state().equals("live") || t.year() >= 1955)),
                model.query(TrackSchema.ALBUM.eq("album-1")).filter(TrackSchema.STATE.eq("live").or(notBefore1955)).list());
        assertEquals(expected(t -> t.album().equals("album-1") && t.year() < 1955),
                model.query(TrackSchema.ALBUM.eq("album-1")).filter(notBefore1955.not()).filter(twoCredits.not().not()).list());
    }

    @Test
    void combinations_neverDoubleTheParentheses() {
        Condition typed = TrackSchema.STATE.eq("live");
        Condition enclosed = Condition.raw("(#y >= :y)", Map.of("#y", "year"), Map.of(":y", AttributeValue.fromN("1")));
        Condition open = Condition.raw("(#y >= :y) OR (#y < :y)", Map.of("#y", "year"), Map.of(":y", AttributeValue.fromN("1")));
        assertEquals("(#n0 = :v0) AND (#n1 >= :v1)", typed.and(enclosed).render(new ExpressionWriter()));
        assertEquals("NOT (#n0 >= :v0)", enclosed.not().render(new ExpressionWriter()));
        assertEquals("(#n0 = :v0) OR ((#n1 >= :v1) OR (#n1 < :v1))", typed.or(open).render(new ExpressionWriter()));
        assertEquals("NOT ((#n0 >= :v0) OR (#n0 < :v0))", open.not().render(new ExpressionWriter()));
    }

    @Test
    void rawText_thatClosesItsGroup_isRefusedWhenBuilt_andTheVersionCheckHolds(Dynamo dynamo) {
        CounterModel counters = CounterModel.of(dynamo);
        Counter stale = counters.create(new Counter("raw-escape", 1, null, null));
        Counter current = counters.save(stale.withValue(2));
        IllegalArgumentException save = assertThrows(IllegalArgumentException.class, () -> counters.save(stale.withValue(666),
                Condition.raw(") OR (attribute_exists(#id)", Map.of("#id", "id"), Map.of())));
        assertTrue(save.getMessage().contains("closes a parenthesis it did not open"), save.getMessage());
        IllegalArgumentException delete = assertThrows(IllegalArgumentException.class, () -> counters.delete(stale,
                Condition.raw("attribute_exists(#id)) OR ((attribute_exists(#id)", Map.of("#id", "id"), Map.of())));
        assertTrue(delete.getMessage().contains("closes a parenthesis it did not open"), delete.getMessage());
        IllegalArgumentException unbalanced = assertThrows(IllegalArgumentException.class,
                () -> Condition.raw("(attribute_exists(#id)", Map.of("#id", "id"), Map.of()));
        assertEquals("Raw condition leaves 1 parenthesis open; a raw condition must be one balanced group",
                unbalanced.getMessage());
        assertEquals(Optional.of(current), counters.get("raw-escape"));
    }

    @Test
    void undeclaredPlaceholders_areRefusedWhenBuilt_namingThem() {
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class,
                () -> Condition.raw("#n0 = :v0", Map.of(), Map.of(":v0", AttributeValue.fromS("x"))));
        assertEquals("Raw condition uses placeholder #n0 but does not declare it; put it in its names map"
                + " (a raw condition binds only its own placeholders)", name.getMessage());
        IllegalArgumentException value = assertThrows(IllegalArgumentException.class,
                () -> Condition.raw("#title = :v0", Map.of("#title", "title"), Map.of()));
        assertTrue(value.getMessage().startsWith("Raw condition uses placeholder :v0 but does not declare it; put it"
                + " in its values map"), value.getMessage());
        IllegalArgumentException unused = assertThrows(IllegalArgumentException.class,
                () -> Condition.raw("attribute_exists(#a)", Map.of("#a", "a", "#b", "b"), Map.of()));
        assertTrue(unused.getMessage().contains("[#b]"), unused.getMessage());
        IllegalArgumentException stray = assertThrows(IllegalArgumentException.class,
                () -> Condition.raw("#a = : v", Map.of("#a", "a"), Map.of()));
        assertTrue(stray.getMessage().contains("':' at character 5"), stray.getMessage());
    }

    @Test
    void declaredPlaceholders_shaped_likeGeneratedOnes_orSharedByTwoRawConditions_bindTheirOwnValues(Dynamo dynamo) {
        Condition live = Condition.raw("#n0 = :v0", Map.of("#n0", "status"), Map.of(":v0", AttributeValue.fromS("live")));
        Condition year = Condition.raw("#n0 = :v0", Map.of("#n0", "year"), Map.of(":v0", AttributeValue.fromN("1953")));
        List<Track> result = TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-0")).filter(live).filter(year).list();
        assertEquals(expected(t -> t.album().equals("album-0") && t.state().equals("live") && t.year() == 1953), result);
        assertTrue(!result.isEmpty());
    }
}
