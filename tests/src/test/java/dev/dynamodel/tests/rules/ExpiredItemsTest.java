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
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * With {@code hideExpiredItems}, every read and every write that expects an item to be there or not
 * treats an item whose TTL has passed as missing. The items are expired for the runtime's clock only
 * (see {@link #NOW}), so DynamoDB has not deleted them: exactly the items that hiding is for.
 * Every case runs on both faces ({@link Face}): the blocking model and its {@code async()} face, or
 * {@code execute()} and {@code executeAsync()}.
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

    @ParameterizedTest
    @EnumSource(Face.class)
    void create_onTheKeyOfAnExpiredItem_replacesIt(Face face, Dynamo dynamo) {
        String old = face.id("c-old");
        String live = face.id("c-new");
        store(dynamo, old, live);
        SessionModel sessions = hiding(dynamo);
        assertEquals(Optional.empty(), face.call(() -> sessions.get(old), () -> sessions.async().get(old)));
        Session bob = new Session(old, "bob", NOW.plusSeconds(3600));
        face.call(() -> sessions.create(bob), () -> sessions.async().create(bob));
        assertEquals("bob", sessions.get(old).orElseThrow().user());
        Session onLive = new Session(live, "bob", null);
        assertThrows(ItemAlreadyExistsException.class,
                () -> face.call(() -> sessions.create(onLive), () -> sessions.async().create(onLive)), "a live item still exists");
        SessionModel plain = SessionModel.of(dynamo);
        Session eve = new Session(old, "eve", null);
        assertThrows(ItemAlreadyExistsException.class, () -> face.call(() -> plain.create(eve), () -> plain.async().create(eve)),
                "the new item is live for everyone");
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void createInATransaction_onTheKeyOfAnExpiredItem_replacesIt(Face face, Dynamo dynamo) {
        String old = face.id("x-old");
        store(dynamo, old, face.id("x-new"));
        SessionModel sessions = hiding(dynamo);
        face.execute(sessions.dynamo().writeTransaction().create(sessions, new Session(old, "bob", null)));
        assertEquals("bob", sessions.get(old).orElseThrow().user());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void update_ofAnExpiredItem_isNotFound_andWritesNothing(Face face, Dynamo dynamo) {
        String old = face.id("u-old");
        String live = face.id("u-new");
        store(dynamo, old, live);
        SessionModel sessions = hiding(dynamo);
        assertThrows(ItemNotFoundException.class, () -> face.call(() -> sessions.update(old, u -> u.set(SessionSchema.USER, "bob")),
                () -> sessions.async().update(old, u -> u.set(SessionSchema.USER, "bob"))));
        Map<String, AttributeValue> stored = Tables.item(dynamo, sessions, SessionSchema.INSTANCE.key(old));
        assertEquals("old-user", stored.get("user").s());
        assertEquals("bob", face.call(() -> sessions.update(live, u -> u.set(SessionSchema.USER, "bob")),
                () -> sessions.async().update(live, u -> u.set(SessionSchema.USER, "bob"))).user());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void upsert_ofAnExpiredItem_startsFromNoItem(Face face, Dynamo dynamo) {
        String old = face.id("p-old");
        String live = face.id("p-new");
        store(dynamo, old, live);
        SessionModel sessions = hiding(dynamo);
        Instant later = NOW.plusSeconds(3600);
        Session upserted = face.call(() -> sessions.update(old, u -> u.set(SessionSchema.EXPIRES_AT, later).upsert()),
                () -> sessions.async().update(old, u -> u.set(SessionSchema.EXPIRES_AT, later).upsert()));
        assertEquals(new Session(old, null, later), upserted, "the expired item's user is not carried over");
        assertEquals(Optional.of(upserted), sessions.get(old));
        Session merged = face.call(() -> sessions.update(live, u -> u.set(SessionSchema.EXPIRES_AT, later).upsert()),
                () -> sessions.async().update(live, u -> u.set(SessionSchema.EXPIRES_AT, later).upsert()));
        assertEquals("ada", merged.user(), "a live item is updated in place");
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void upsertInATransaction_ofAnExpiredItem_isCancelled_andWritesNothing(Face face, Dynamo dynamo) {
        String old = face.id("q-old");
        store(dynamo, old, face.id("q-new"));
        SessionModel sessions = hiding(dynamo);
        TransactionCancelledException e = assertThrows(TransactionCancelledException.class, () -> face.execute(sessions.dynamo()
                .writeTransaction()
                .update(sessions, SessionSchema.INSTANCE.key(old), u -> u.set(SessionSchema.USER, "bob").upsert())));
        assertTrue(e.reasons().get(0).conditionFailed());
        assertEquals("old-user", Tables.item(dynamo, sessions, SessionSchema.INSTANCE.key(old)).get("user").s());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void projectedGet_stillHidesAnExpiredItem(Face face, Dynamo dynamo) {
        String old = face.id("g-old");
        String live = face.id("g-new");
        store(dynamo, old, live);
        SessionModel sessions = hiding(dynamo);
        assertEquals(Optional.empty(), face.call(() -> sessions.find(old).select(SessionSchema.USER).get(),
                () -> sessions.async().find(old).select(SessionSchema.USER).get()),
                "the TTL is read for the check even when it is not selected");
        assertEquals("ada", face.call(() -> sessions.find(live).select(SessionSchema.USER).consistentRead().get(),
                () -> sessions.async().find(live).select(SessionSchema.USER).consistentRead().get()).orElseThrow().user());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void versionChecks_treatAnExpiredItemAsMissing(Face face, Dynamo dynamo) {
        String id = face.id("l-1");
        Lease held = LeaseModel.of(dynamo).create(new Lease(id, "ada", NOW.minusSeconds(1), null));
        LeaseModel leases = LeaseModel.of(hidingRuntime(dynamo));

        Lease stale = new Lease(id, "ada", NOW.plusSeconds(60), held.version());
        VersionConflictException e = assertThrows(VersionConflictException.class,
                () -> face.call(() -> leases.save(stale), () -> leases.async().save(stale)));
        assertTrue(e.getMessage().contains("found no item"), e.getMessage());
        assertEquals(Optional.empty(), e.current(LeaseSchema.INSTANCE), "the expired item is not shown either");

        Lease fresh = new Lease(id, "bob", NOW.plusSeconds(60), null);
        Lease saved = face.call(() -> leases.save(fresh), () -> leases.async().save(fresh));
        assertEquals(1L, saved.version(), "a new lease (no version) replaces the expired one");
        assertEquals(Optional.of(saved), face.call(() -> leases.get(id), () -> leases.async().get(id)));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void withoutHiding_writesSeeTheExpiredItem(Face face, Dynamo dynamo) {
        String old = face.id("n-old");
        store(dynamo, old, face.id("n-new"));
        SessionModel plain = SessionModel.of(Tables.withClock(dynamo, Clock.fixed(NOW, ZoneOffset.UTC)));
        Session bob = new Session(old, "bob", null);
        assertThrows(ItemAlreadyExistsException.class, () -> face.call(() -> plain.create(bob), () -> plain.async().create(bob)));
        assertEquals("old-user", face.call(() -> plain.update(old, u -> u.set(SessionSchema.EXPIRES_AT, NOW)),
                () -> plain.async().update(old, u -> u.set(SessionSchema.EXPIRES_AT, NOW))).user());
    }
}
