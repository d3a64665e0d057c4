package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamodel.Dynamo;
import dev.dynamodel.VersionConflicts;
import dev.dynamodel.exception.VersionConflictException;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.tests.entities.Counter;
import dev.dynamodel.tests.entities.CounterModel;
import dev.dynamodel.tests.entities.CounterSchema;
import dev.dynamodel.tests.entities.Ledger;
import dev.dynamodel.tests.entities.LedgerModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Version checks on create, save, update and delete, and concurrent writers that never lose an increment. */
@ExtendWith(DynamoLocalExtension.class)
class OptimisticLockingTest {

    @BeforeAll
    static void tables(Dynamo dynamo) {
        CounterModel.of(dynamo).createTableIfNotExists();
        LedgerModel.of(dynamo).createTableIfNotExists();
    }

    @Test
    void create_setsVersionOne_andSaveIncrementsIt(Dynamo dynamo) {
        CounterModel counters = CounterModel.of(dynamo);
        Counter created = counters.create(new Counter("v", 0, null, null));
        assertEquals(1L, created.version());
        Counter saved = counters.save(created.withValue(5));
        assertEquals(2L, saved.version());
        assertEquals(Optional.of(saved), counters.get("v"));
    }

    @Test
    void create_ofAnExistingVersionedItem_isItemAlreadyExists_notAConflict(Dynamo dynamo) {
        CounterModel counters = CounterModel.of(dynamo);
        counters.create(new Counter("twice", 0, null, null));
        assertThrows(dev.dynamodel.exception.ItemAlreadyExistsException.class, () -> counters.create(new Counter("twice", 5, null, null)));
        assertEquals(0, counters.get("twice").orElseThrow().value());
    }

    @Test
    void save_withAStaleVersion_conflicts_andKeepsTheStoredItem(Dynamo dynamo) {
        CounterModel counters = CounterModel.of(dynamo);
        Counter first = counters.create(new Counter("stale", 0, null, null));
        Counter second = counters.save(first.withValue(1));
        VersionConflictException e = assertThrows(VersionConflictException.class, () -> counters.save(first.withValue(99)));
        assertEquals(Optional.of(second), e.current(CounterSchema.INSTANCE));
        assertEquals(Optional.of(second), counters.get("stale"));
        assertThrows(VersionConflictException.class, () -> counters.save(new Counter("stale", 7, null, null)),
                "an entity without a version is a new item, and this one exists");
    }

    @Test
    void delete_checksTheVersion(Dynamo dynamo) {
        CounterModel counters = CounterModel.of(dynamo);
        Counter first = counters.create(new Counter("del", 0, null, null));
        counters.save(first.withValue(1));
        assertThrows(VersionConflictException.class, () -> counters.delete(first));
        assertEquals(1, counters.get("del").orElseThrow().value());
        counters.delete(counters.get("del").orElseThrow());
        assertEquals(Optional.empty(), counters.get("del"));
    }

    @Test
    void update_incrementsTheVersion_andEntityUpdateChecksIt(Dynamo dynamo) {
        CounterModel counters = CounterModel.of(dynamo);
        Counter first = counters.create(new Counter("upd", 0, null, null));
        Counter afterKeyUpdate = counters.update("upd", u -> u.add(CounterSchema.VALUE, 2L));
        assertEquals(2L, afterKeyUpdate.version());
        assertThrows(VersionConflictException.class, () -> counters.update(first, u -> u.set(CounterSchema.NOTE, "late")));
        Counter checked = counters.update(afterKeyUpdate, u -> u.set(CounterSchema.NOTE, "on time"));
        assertEquals(3L, checked.version());
        assertEquals("on time", checked.note());
    }

    @Test
    void mutableClass_versionThroughItsSetter(Dynamo dynamo) {
        LedgerModel ledgers = LedgerModel.of(dynamo);
        Ledger ledger = new Ledger();
        ledger.setId("l1");
        ledgers.create(ledger);
        assertEquals(1, ledger.getVersion());
        ledger.setTotal(10);
        ledgers.save(ledger);
        assertEquals(2, ledgers.get("l1").orElseThrow().getVersion());
    }

    @Test
    void eightThreads_readModifyWrite_withRetry_endAtExactly800(Dynamo dynamo) throws Exception {
        CounterModel counters = CounterModel.of(dynamo);
        counters.create(new Counter("rmw", 0, null, null));
        runConcurrently(8, 100, () -> VersionConflicts.retry(1000, () -> {
            Counter current = counters.get("rmw").orElseThrow();
            return counters.save(current.withValue(current.value() + 1));
        }));
        Counter end = counters.get("rmw").orElseThrow();
        assertEquals(800, end.value());
        assertEquals(801L, end.version());
    }

    @Test
    void eightThreads_atomicAdd_endAtExactly800(Dynamo dynamo) throws Exception {
        CounterModel counters = CounterModel.of(dynamo);
        counters.create(new Counter("add", 0, null, null));
        runConcurrently(8, 100, () -> counters.update("add", u -> u.add(CounterSchema.VALUE, 1L).returnNone()));
        assertEquals(800, counters.get("add").orElseThrow().value());
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
