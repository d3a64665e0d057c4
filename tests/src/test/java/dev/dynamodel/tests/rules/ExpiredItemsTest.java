package dev.dynamodel.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.batch.BatchGetResult;
import dev.dynamodel.exception.ItemAlreadyExistsException;
import dev.dynamodel.exception.ItemNotFoundException;
import dev.dynamodel.exception.VersionConflictException;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.tests.support.Face;
import dev.dynamodel.transaction.ReadTransactionResult;
import dev.dynamodel.transaction.TransactionCancelledException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * With {@code hideExpiredItems}, every read and every write that expects an item to be there or not
 * treats an item whose TTL has passed as missing. The items are expired for the runtime's clock only
 * (see {@link #NOW}), so DynamoDB has not deleted them: exactly the items that hiding is for.
 */
@ExtendWith(DynamoLocalExtension.class)
class ExpiredItemsTest {
    /**
     * The runtime's clock, a year ahead: DynamoDB Local deletes items whose TTL has passed by the
     * real clock now and then, so items expired for the runtime must still be live for it.
     */
    private static final Instant NOW = Instant.now().plus(java.time.Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS);

    @BeforeAll
    static void table(Dynamo dynamo) {
        SessionModel.of(dynamo).createTableIfNotExists();
        LeaseModel.of(dynamo).createTableIfNotExists();
    }

    /** The same database, hiding expired items, with the clock at {@link #NOW}. */
    private static Dynamo hidingRuntime(Dynamo dynamo) {
        return Dynamo.builder(dynamo.client()).asyncClient(dynamo.asyncClient()).tablePrefix(dynamo.tablePrefix())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).hideExpiredItems(true).build();
    }

    private static SessionModel hiding(Dynamo dynamo) {
        return SessionModel.of(hidingRuntime(dynamo));
    }

    /** Writes an expired and a live session with the plain runtime, which shows everything. */
    private static void store(Dynamo dynamo, String expired, String live) {
        SessionModel.of(dynamo).save(new Session(expired, "old-user", NOW.minusSeconds(1)));
        SessionModel.of(dynamo).save(new Session(live, "ada", NOW.plusSeconds(60)));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void batchGet_hidesAnExpiredItem_likeGet(Face face, Dynamo dynamo) {
        String old = face.id("b-old");
        store(dynamo, old, face.id("b-new"));
        SessionModel sessions = hiding(dynamo);
        BatchGetResult result = face.execute(sessions.dynamo().batchGet()
                .get(sessions, SessionSchema.INSTANCE.key(old))
                .get(sessions, SessionSchema.INSTANCE.key(face.id("b-new"))));
        assertEquals(Optional.empty(), result.get(sessions).get(0));
        assertEquals("ada", result.get(sessions).get(1).orElseThrow().user());
        assertEquals(List.of(SessionSchema.INSTANCE.key(old)), result.missing(sessions));
        assertEquals(1, result.foundCount());
        assertEquals(sessions.get(old), result.get(sessions).get(0), "batchGet and get agree");
        SessionModel showing = SessionModel.of(dynamo);
        assertTrue(face.execute(dynamo.batchGet().get(showing, SessionSchema.INSTANCE.key(old))).get(showing).get(0)
                .isPresent(), "without hiding the item is returned");
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void readTransaction_hidesAnExpiredItem_likeGet(Face face, Dynamo dynamo) {
        store(dynamo, face.id("t-old"), face.id("t-new"));
        SessionModel sessions = hiding(dynamo);
        ReadTransactionResult result = face.execute(sessions.dynamo().readTransaction()
                .get(sessions, SessionSchema.INSTANCE.key(face.id("t-old")))
                .get(sessions, SessionSchema.INSTANCE.key(face.id("t-new"))));
        assertEquals(Optional.empty(), result.get(0, sessions));
        assertEquals("ada", result.get(1, sessions).orElseThrow().user());
        assertEquals(List.of(Optional.empty(), result.get(1, sessions).map(s -> (Object) s)), result.all());
    }

    @Test
    void create_onTheKeyOfAnExpiredItem_replacesIt(Dynamo dynamo) {
        store(dynamo, "c-old", "c-new");
        SessionModel sessions = hiding(dynamo);
        assertEquals(Optional.empty(), sessions.get("c-old"));
        sessions.create(new Session("c-old", "bob", NOW.plusSeconds(3600)));
        assertEquals("bob", sessions.get("c-old").orElseThrow().user());
        assertThrows(ItemAlreadyExistsException.class, () -> sessions.create(new Session("c-new", "bob", null)),
                "a live item still exists");
        assertThrows(ItemAlreadyExistsException.class, () -> SessionModel.of(dynamo)
                .create(new Session("c-old", "eve", null)), "the new item is live for everyone");
    }

    @Test
    void createInATransaction_onTheKeyOfAnExpiredItem_replacesIt(Dynamo dynamo) {
        store(dynamo, "x-old", "x-new");
        SessionModel sessions = hiding(dynamo);
        sessions.dynamo().writeTransaction().create(sessions, new Session("x-old", "bob", null)).execute();
        assertEquals("bob", sessions.get("x-old").orElseThrow().user());
    }

    @Test
    void update_ofAnExpiredItem_isNotFound_andWritesNothing(Dynamo dynamo) {
        store(dynamo, "u-old", "u-new");
        SessionModel sessions = hiding(dynamo);
        assertThrows(ItemNotFoundException.class, () -> sessions.update("u-old", u -> u.set(SessionSchema.USER, "bob")));
        Map<String, AttributeValue> stored = Tables.item(dynamo, sessions, SessionSchema.INSTANCE.key("u-old"));
        assertEquals("old-user", stored.get("user").s());
        assertEquals("bob", sessions.update("u-new", u -> u.set(SessionSchema.USER, "bob")).user());
    }

    @Test
    void upsert_ofAnExpiredItem_startsFromNoItem(Dynamo dynamo) {
        store(dynamo, "p-old", "p-new");
        SessionModel sessions = hiding(dynamo);
        Instant later = NOW.plusSeconds(3600);
        Session upserted = sessions.update("p-old", u -> u.set(SessionSchema.EXPIRES_AT, later).upsert());
        assertEquals(new Session("p-old", null, later), upserted, "the expired item's user is not carried over");
        assertEquals(Optional.of(upserted), sessions.get("p-old"));
        Session merged = sessions.update("p-new", u -> u.set(SessionSchema.EXPIRES_AT, later).upsert());
        assertEquals("ada", merged.user(), "a live item is updated in place");
    }

    @Test
    void upsertInATransaction_ofAnExpiredItem_isCancelled_andWritesNothing(Dynamo dynamo) {
        store(dynamo, "q-old", "q-new");
        SessionModel sessions = hiding(dynamo);
        TransactionCancelledException e = assertThrows(TransactionCancelledException.class, () -> sessions.dynamo()
                .writeTransaction()
                .update(sessions, SessionSchema.INSTANCE.key("q-old"), u -> u.set(SessionSchema.USER, "bob").upsert())
                .execute());
        assertTrue(e.reasons().get(0).conditionFailed());
        assertEquals("old-user", Tables.item(dynamo, sessions, SessionSchema.INSTANCE.key("q-old")).get("user").s());
    }

    @Test
    void projectedGet_stillHidesAnExpiredItem(Dynamo dynamo) {
        store(dynamo, "g-old", "g-new");
        SessionModel sessions = hiding(dynamo);
        assertEquals(Optional.empty(), sessions.find("g-old").select(SessionSchema.USER).get(),
                "the TTL is read for the check even when it is not selected");
        assertEquals("ada", sessions.find("g-new").select(SessionSchema.USER).consistentRead().get().orElseThrow().user());
    }

    @Test
    void versionChecks_treatAnExpiredItemAsMissing(Dynamo dynamo) {
        Lease held = LeaseModel.of(dynamo).create(new Lease("l-1", "ada", NOW.minusSeconds(1), null));
        LeaseModel leases = LeaseModel.of(hidingRuntime(dynamo));

        VersionConflictException e = assertThrows(VersionConflictException.class,
                () -> leases.save(new Lease("l-1", "ada", NOW.plusSeconds(60), held.version())));
        assertTrue(e.getMessage().contains("found no item"), e.getMessage());
        assertEquals(Optional.empty(), e.current(LeaseSchema.INSTANCE), "the expired item is not shown either");

        Lease fresh = leases.save(new Lease("l-1", "bob", NOW.plusSeconds(60), null));
        assertEquals(1L, fresh.version(), "a new lease (no version) replaces the expired one");
        assertEquals(Optional.of(fresh), leases.get("l-1"));
    }

    @Test
    void withoutHiding_writesSeeTheExpiredItem(Dynamo dynamo) {
        store(dynamo, "n-old", "n-new");
        SessionModel plain = SessionModel.of(Tables.withClock(dynamo, Clock.fixed(NOW, ZoneOffset.UTC)));
        assertThrows(ItemAlreadyExistsException.class, () -> plain.create(new Session("n-old", "bob", null)));
        assertEquals("old-user", plain.update("n-old", u -> u.set(SessionSchema.EXPIRES_AT, NOW)).user());
    }
}
