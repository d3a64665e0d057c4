package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.VersionConflicts;
import dev.dynamodel.exception.VersionConflictException;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.tests.entities.Counter;
import dev.dynamodel.tests.entities.CounterModel;
import dev.dynamodel.tests.entities.CounterSchema;
import dev.dynamodel.tests.entities.Ledger;
import dev.dynamodel.tests.entities.LedgerModel;
import dev.dynamodel.tests.support.Face;
import dev.dynamodel.update.Update;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Version checks on create, save, update and delete, and concurrent writers that never lose an
 * increment; each case on both faces ({@link Face}), each face on its own tables.
 */
@ExtendWith(DynamoLocalExtension.class)
class OptimisticLockingTest {

    @BeforeAll
    static void tables(Dynamo dynamo) {
        for (Face face : Face.values()) {
            CounterModel.of(face.runtime(dynamo)).createTableIfNotExists();
            LedgerModel.of(face.runtime(dynamo)).createTableIfNotExists();
        }
    }

    // Each case is written once, through these: the blocking model's method, or its async() face's.

    private static Counter create(Face face, CounterModel counters, Counter counter) {
        return face.call(() -> counters.create(counter), () -> counters.async().create(counter));
    }

    private static Counter save(Face face, CounterModel counters, Counter counter) {
        return face.call(() -> counters.save(counter), () -> counters.async().save(counter));
    }

    private static Optional<Counter> get(Face face, CounterModel counters, String id) {
        return face.call(() -> counters.get(id), () -> counters.async().get(id));
    }

    private static void delete(Face face, CounterModel counters, Counter counter) {
        face.run(() -> counters.delete(counter), () -> counters.async().delete(counter));
    }

    private static Counter update(Face face, CounterModel counters, String id, Consumer<Update<Counter>> actions) {
        return face.call(() -> counters.update(id, actions), () -> counters.async().update(id, actions));
    }

    private static Counter update(Face face, CounterModel counters, Counter counter, Consumer<Update<Counter>> actions) {
        return face.call(() -> counters.update(counter, actions), () -> counters.async().update(counter, actions));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void create_setsVersionOne_andSaveIncrementsIt(Face face, Dynamo dynamo) {
        CounterModel counters = CounterModel.of(face.runtime(dynamo));
        Counter created = create(face, counters, new Counter("v", 0, null, null));
        assertEquals(1L, created.version());
        Counter saved = save(face, counters, created.withValue(5));
        assertEquals(2L, saved.version());
        assertEquals(Optional.of(saved), get(face, counters, "v"));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void create_ofAnExistingVersionedItem_isItemAlreadyExists_notAConflict(Face face, Dynamo dynamo) {
        CounterModel counters = CounterModel.of(face.runtime(dynamo));
        create(face, counters, new Counter("twice", 0, null, null));
        assertThrows(dev.dynamodel.exception.ItemAlreadyExistsException.class, () -> create(face, counters, new Counter("twice", 5, null, null)));
        assertEquals(0, get(face, counters, "twice").orElseThrow().value());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void save_withAStaleVersion_conflicts_andKeepsTheStoredItem(Face face, Dynamo dynamo) {
        CounterModel counters = CounterModel.of(face.runtime(dynamo));
        Counter first = create(face, counters, new Counter("stale", 0, null, null));
        Counter second = save(face, counters, first.withValue(1));
        VersionConflictException e = assertThrows(VersionConflictException.class, () -> save(face, counters, first.withValue(99)));
        assertEquals(Optional.of(second), e.current(CounterSchema.INSTANCE));
        assertEquals(Optional.of(second), get(face, counters, "stale"));
        assertThrows(VersionConflictException.class, () -> save(face, counters, new Counter("stale", 7, null, null)),
                "an entity without a version is a new item, and this one exists");
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void aVersionStoredByAnotherTool_thatIsNoWholeNumber_isAConflict_notAParseFailure(Face face, Dynamo dynamo) {
        CounterModel counters = CounterModel.of(face.runtime(dynamo));
        Counter first = create(face, counters, new Counter("fractional", 0, null, null));
        dynamo.client().updateItem(b -> b.tableName(counters.tableName())
                .key(Map.of("id", AttributeValue.fromS("fractional")))
                .updateExpression("SET version = :v")
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromN("1.5"))));
        VersionConflictException e = assertThrows(VersionConflictException.class, () -> save(face, counters, first.withValue(2)));
        assertTrue(e.getMessage().contains("expected version 1 but found version 1.5"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void delete_checksTheVersion(Face face, Dynamo dynamo) {
        CounterModel counters = CounterModel.of(face.runtime(dynamo));
        Counter first = create(face, counters, new Counter("del", 0, null, null));
        save(face, counters, first.withValue(1));
        assertThrows(VersionConflictException.class, () -> delete(face, counters, first));
        assertEquals(1, get(face, counters, "del").orElseThrow().value());
        delete(face, counters, get(face, counters, "del").orElseThrow());
        assertEquals(Optional.empty(), get(face, counters, "del"));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void update_incrementsTheVersion_andEntityUpdateChecksIt(Face face, Dynamo dynamo) {
        CounterModel counters = CounterModel.of(face.runtime(dynamo));
        Counter first = create(face, counters, new Counter("upd", 0, null, null));
        Counter afterKeyUpdate = update(face, counters, "upd", u -> u.add(CounterSchema.VALUE, 2L));
        assertEquals(2L, afterKeyUpdate.version());
        assertThrows(VersionConflictException.class, () -> update(face, counters, first, u -> u.set(CounterSchema.NOTE, "late")));
        Counter checked = update(face, counters, afterKeyUpdate, u -> u.set(CounterSchema.NOTE, "on time"));
        assertEquals(3L, checked.version());
        assertEquals("on time", checked.note());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void mutableClass_versionThroughItsSetter(Face face, Dynamo dynamo) {
        LedgerModel ledgers = LedgerModel.of(face.runtime(dynamo));
        Ledger ledger = new Ledger();
        ledger.setId("l1");
        face.call(() -> ledgers.create(ledger), () -> ledgers.async().create(ledger));
        assertEquals(1, ledger.getVersion());
        ledger.setTotal(10);
        face.call(() -> ledgers.save(ledger), () -> ledgers.async().save(ledger));
        assertEquals(2, face.call(() -> ledgers.get("l1"), () -> ledgers.async().get("l1")).orElseThrow().getVersion());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void eightThreads_readModifyWrite_withRetry_endAtExactly800(Face face, Dynamo dynamo) throws Exception {
        CounterModel counters = CounterModel.of(face.runtime(dynamo));
        create(face, counters, new Counter("rmw", 0, null, null));
        runConcurrently(8, 100, () -> VersionConflicts.retry(1000, () -> {
            Counter current = get(face, counters, "rmw").orElseThrow();
            return save(face, counters, current.withValue(current.value() + 1));
        }));
        Counter end = get(face, counters, "rmw").orElseThrow();
        assertEquals(800, end.value());
        assertEquals(801L, end.version());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void eightThreads_atomicAdd_endAtExactly800(Face face, Dynamo dynamo) throws Exception {
        CounterModel counters = CounterModel.of(face.runtime(dynamo));
        create(face, counters, new Counter("add", 0, null, null));
        runConcurrently(8, 100, () -> update(face, counters, "add", u -> u.add(CounterSchema.VALUE, 1L).returnNone()));
        assertEquals(800, get(face, counters, "add").orElseThrow().value());
    }

    private static void runConcurrently(int threads, int timesEach, Runnable work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < timesEach; i++) {
                        work.run();
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
