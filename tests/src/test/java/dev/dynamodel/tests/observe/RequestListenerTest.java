package dev.dynamodel.tests.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.RetryPolicy;
import dev.dynamodel.batch.BatchGetResult;
import dev.dynamodel.batch.BatchWriteResult;
import dev.dynamodel.exception.ItemAlreadyExistsException;
import dev.dynamodel.local.DynamoLocal;
import dev.dynamodel.local.FaultInjector;
import dev.dynamodel.local.LocalServer;
import dev.dynamodel.observe.RequestEvent;
import dev.dynamodel.query.Page;
import dev.dynamodel.tests.entities.Movie;
import dev.dynamodel.tests.entities.MovieModel;
import dev.dynamodel.tests.entities.Track;
import dev.dynamodel.tests.entities.TrackModel;
import dev.dynamodel.tests.entities.TrackSchema;
import dev.dynamodel.tests.support.Face;
import dev.dynamodel.tests.support.TrackData;
import dev.dynamodel.transaction.ReadTransactionResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * A request listener hears exactly one event per request the library sends, retries included, on
 * both faces and for every kind of operation; every request carries the library's API name in its
 * User-Agent; and the capacity sums the library reports equal what DynamoDB Local reported. The
 * SDK clients' own interceptor ({@link Wire}) is the independent witness of what was sent.
 */
class RequestListenerTest {
    private static final double EPSILON = 1e-9;
    private static LocalServer server;
    private static final Wire wire = new Wire();
    private static final List<RequestEvent> events = new CopyOnWriteArrayList<>();
    private static DynamoDbClient client;
    private static DynamoDbAsyncClient asyncClient;
    private static Dynamo dynamo;
    private static TrackModel tracks;

    @BeforeAll
    static void start() {
        server = DynamoLocal.server();
        client = server.newClient(wire);
        asyncClient = server.newAsyncClient(wire);
        dynamo = Dynamo.builder(client).asyncClient(asyncClient).tablePrefix("heard_")
                .requestListener(events::add).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        tracks = TrackModel.of(dynamo);
        TrackData.load(tracks);
    }

    @AfterAll
    static void stop() {
        client.close();
        asyncClient.close();
        server.close();
    }

    @BeforeEach
    void clear() {
        events.clear();
        wire.clear();
    }

    /** Each event as "Operation table[/index] #attempt outcome", in the order heard. */
    private static List<String> heard() {
        return events.stream().map(e -> e.operation() + " " + e.table() + e.index().map(i -> "/" + i).orElse("")
                + " #" + e.attempt() + " " + e.errorCode().orElse("ok")).toList();
    }

    /**
     * The listener heard as many requests as the client executed, of the same operations, each with
     * the API name in its User-Agent, and the capacity units it heard are those DynamoDB Local reported.
     */
    private static void assertOneEventPerRequest() {
        List<Wire.Sent> sent = wire.sent();
        assertEquals(sent.stream().map(Wire.Sent::operation).sorted().toList(),
                events.stream().map(RequestEvent::operation).sorted().toList(), "one event per request sent");
        for (Wire.Sent s : sent) {
            assertTrue(s.userAgent().contains("hll/dynamodel"), s.operation() + " User-Agent: " + s.userAgent());
        }
        assertEquals(sent.stream().filter(s -> s.units() != null).mapToDouble(Wire.Sent::units).sum(),
                events.stream().mapToDouble(RequestEvent::capacityUnits).sum(), EPSILON);
    }

    private static double units(List<ConsumedCapacity> capacity) {
        return capacity.stream().mapToDouble(ConsumedCapacity::capacityUnits).sum();
    }

    private static Track track(Face face, int position) {
        return new Track(face.id("heard-album"), position, "Nina", 1960, 10L, "Heard " + position, "live", null,
                null, null, null, null, null);
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void singleItemOperations_oneEventEach_withOutcomeAndCapacity(Face face) {
        Track track = track(face, 1);
        String table = tracks.tableName();

        face.call(() -> tracks.save(track), () -> tracks.async().save(track));
        face.call(() -> tracks.get(track.album(), 1), () -> tracks.async().get(track.album(), 1));
        face.call(() -> tracks.update(track, u -> u.add(TrackSchema.PLAYS, 1L)),
                () -> tracks.async().update(track, u -> u.add(TrackSchema.PLAYS, 1L)));
        assertThrows(ItemAlreadyExistsException.class,
                () -> face.call(() -> tracks.create(track), () -> tracks.async().create(track)));
        face.run(() -> tracks.delete(track), () -> tracks.async().delete(track));

        assertEquals(List.of("PutItem " + table + " #1 ok", "GetItem " + table + " #1 ok",
                "UpdateItem " + table + " #1 ok", "PutItem " + table + " #1 ConditionalCheckFailedException",
                "DeleteItem " + table + " #1 ok"), heard());
        assertOneEventPerRequest();
        assertEquals(1, wire.sent().stream().filter(Wire.Sent::failed).count());
        RequestEvent refused = events.get(3);
        assertTrue(refused.failure().orElseThrow() instanceof ItemAlreadyExistsException);
        assertTrue(refused.consumedCapacity().isEmpty());
        for (RequestEvent e : List.of(events.get(0), events.get(1), events.get(2), events.get(4))) {
            assertTrue(e.capacityUnits() > 0, "capacity reported for " + e);
            assertEquals(table, e.consumedCapacity().get(0).tableName());
            assertFalse(e.latency().isNegative() || e.latency().isZero(), e.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void queryPagesOnAnIndex_andScanPages_oneEventPerRequest_pagesSumTheirCapacity(Face face) {
        String table = tracks.tableName();
        Page<Track> page = face.call(() -> tracks.query(TrackSchema.ARTIST.eq("Nina")).pageSize(10).page(),
                () -> firstPage(tracks.async().query(TrackSchema.ARTIST.eq("Nina")).pageSize(10).pages()));
        int queries = events.size();
        assertTrue(queries >= 1);
        assertEquals(IntStream.range(0, queries).mapToObj(i -> "Query " + table + "/by-artist #1 ok").toList(), heard());
        assertEquals(wire.units("Query"), units(page.consumedCapacity()), EPSILON);
        assertTrue(units(page.consumedCapacity()) > 0);
        assertOneEventPerRequest();

        clear();
        Page<Track> scanned = face.call(() -> tracks.scan().pageSize(50).page(),
                () -> firstPage(tracks.async().scan().pageSize(50).pages()));
        assertEquals(IntStream.range(0, events.size()).mapToObj(i -> "Scan " + table + " #1 ok").toList(), heard());
        assertEquals(wire.units("Scan"), units(scanned.consumedCapacity()), EPSILON);
        assertOneEventPerRequest();
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void wholeQuery_eachPageHeard(Face face) {
        List<Track> all = face.call(() -> tracks.query(TrackSchema.ARTIST.eq("Miles")).pageSize(7).list(),
                () -> tracks.async().query(TrackSchema.ARTIST.eq("Miles")).pageSize(7).list());
        assertEquals(40, all.size());
        assertEquals(6, events.size(), "40 items, 7 a page: 6 requests, the last finding the end");
        assertOneEventPerRequest();

        clear();
        long count = face.call(() -> tracks.query(TrackSchema.ARTIST.eq("Miles")).pageSize(15).count(),
                () -> tracks.async().query(TrackSchema.ARTIST.eq("Miles")).pageSize(15).count());
        assertEquals(40, count);
        assertEquals(List.of("Query", "Query", "Query"), events.stream().map(RequestEvent::operation).toList(),
                "a count reads pages too: 15 + 15 + 10");
        assertOneEventPerRequest();
    }

    @Test
    void perCallSetting_overridesTheRuntimes() {
        Page<Track> byIndex = tracks.query(TrackSchema.ARTIST.eq("Ella")).pageSize(5)
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES).page();
        ConsumedCapacity reported = byIndex.consumedCapacity().get(0);
        assertEquals(tracks.tableName(), reported.tableName());
        assertTrue(reported.globalSecondaryIndexes().containsKey("by-artist"), reported.toString());
        assertEquals(reported.capacityUnits(), reported.globalSecondaryIndexes().get("by-artist").capacityUnits(), EPSILON);

        clear();
        Page<Track> none = tracks.query(TrackSchema.ARTIST.eq("Ella")).pageSize(5)
                .returnConsumedCapacity(ReturnConsumedCapacity.NONE).page();
        assertEquals(List.of(), none.consumedCapacity());
        assertEquals(0.0, wire.units("Query"));
        assertOneEventPerRequest();
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void batches_oneEventPerChunk_resultsSumTheirCapacity(Face face) {
        List<Track> items = IntStream.range(100, 130).mapToObj(i -> track(face, i)).toList();
        BatchWriteResult written = face.execute(dynamo.batchWrite().putAll(tracks, items).concurrency(1));
        assertEquals(List.of("BatchWriteItem " + tracks.tableName() + " #1 ok",
                "BatchWriteItem " + tracks.tableName() + " #1 ok"), heard());
        assertEquals(2, written.requests());
        assertEquals(wire.units("BatchWriteItem"), units(written.consumedCapacity()), EPSILON);
        assertEquals(120.0, units(written.consumedCapacity()), EPSILON,
                "one unit per item of under 1 KB, on the table and on each of its three indexes");
        assertOneEventPerRequest();

        clear();
        BatchGetResult read = face.execute(dynamo.batchGet()
                .getAll(tracks, items.stream().map(t -> TrackSchema.INSTANCE.key(t.album(), t.position())).toList()));
        assertEquals(30, read.found(tracks).size());
        assertEquals(List.of("BatchGetItem " + tracks.tableName() + " #1 ok"), heard());
        assertEquals(wire.units("BatchGetItem"), units(read.consumedCapacity()), EPSILON);
        assertTrue(units(read.consumedCapacity()) > 0);
        assertOneEventPerRequest();
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void transactions_oneEventEach(Face face) {
        Track a = track(face, 200);
        Track b = track(face, 201);
        face.execute(dynamo.writeTransaction().put(tracks, a).put(tracks, b));
        ReadTransactionResult read = face.execute(dynamo.readTransaction()
                .get(tracks, TrackSchema.INSTANCE.key(a.album(), 200)).get(tracks, TrackSchema.INSTANCE.key(b.album(), 201)));

        assertEquals(List.of("TransactWriteItems " + tracks.tableName() + " #1 ok",
                "TransactGetItems " + tracks.tableName() + " #1 ok"), heard());
        assertEquals(wire.units("TransactGetItems"), units(read.consumedCapacity()), EPSILON);
        assertEquals(wire.units("TransactWriteItems"), events.get(0).capacityUnits(), EPSILON);
        assertTrue(events.get(0).capacityUnits() > 0);
        assertOneEventPerRequest();
    }

    @Test
    void tableOperations_oneEventPerRequest() {
        MovieModel movies = MovieModel.of(dynamo);
        String table = movies.tableName();
        movies.createTable();
        assertTrue(movies.tableExists());
        movies.deleteTable();
        assertFalse(movies.tableExists());

        assertEquals(List.of("CreateTable " + table + " #1 ok", "DescribeTable " + table + " #1 ok",
                "DescribeTable " + table + " #1 ok", "DeleteTable " + table + " #1 ok",
                "DescribeTable " + table + " #1 ResourceNotFoundException",
                "DescribeTable " + table + " #1 ResourceNotFoundException"), heard());
        // Each poll of a wait is an event: DynamoDB Local makes and drops tables at once, so each wait
        // polls once; the poll after DeleteTable and tableExists() are both answered "not found".
        assertEquals(2, wire.sent().stream().filter(Wire.Sent::failed).count());
        assertOneEventPerRequest();
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void batchRetries_underInjectedFaults_eachRetryHeardWithItsAttemptNumber(Face face) {
        FaultInjector faults = FaultInjector.builder().unprocessedShare(0.4).throttleShare(0.2).seed(7).build();
        Wire faultyWire = new Wire();
        List<RequestEvent> heard = new CopyOnWriteArrayList<>();
        DynamoDbClient faultyClient = server.newClient(faults, faultyWire);
        DynamoDbAsyncClient faultyAsync = server.newAsyncClient(faults, faultyWire);
        try (Dynamo flaky = Dynamo.builder(faultyClient).asyncClient(faultyAsync).tablePrefix(dynamo.tablePrefix())
                .retryPolicy(RetryPolicy.of(30, Duration.ofMillis(1), Duration.ofMillis(5)))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).requestListener(heard::add).build()) {
            TrackModel faulty = TrackModel.of(flaky);
            List<Track> items = IntStream.range(300, 400).mapToObj(i -> track(face, i)).toList();

            BatchWriteResult written = face.execute(flaky.batchWrite().putAll(faulty, items).concurrency(2));

            assertEquals(100, written.written());
            assertTrue(written.retries() > 0 && written.throttled() > 0, "faults were injected: " + written);
            assertEquals(written.requests(), heard.size(), "one event per request, retries included");
            assertEquals(faults.calls(), heard.size());
            assertEquals(written.retries(), heard.stream().filter(e -> e.attempt() > 1).count());
            assertEquals(4, heard.stream().filter(e -> e.attempt() == 1).count(), "4 chunks of 25");
            List<RequestEvent> refused = heard.stream().filter(e -> !e.succeeded()).toList();
            assertEquals(written.throttled(), refused.size());
            refused.forEach(e -> assertTrue(e.errorCode().orElseThrow().matches(
                    "ProvisionedThroughputExceededException|ThrottlingException|RequestLimitExceeded"), e.toString()));
            Map<Integer, Long> byAttempt = heard.stream().collect(Collectors.groupingBy(RequestEvent::attempt,
                    Collectors.counting()));
            for (int n = 2; byAttempt.containsKey(n); n++) {
                assertTrue(byAttempt.get(n) <= byAttempt.get(n - 1), "a retry follows an attempt: " + byAttempt);
            }
            assertEquals(faultyWire.units("BatchWriteItem"), units(written.consumedCapacity()), EPSILON);
            assertEquals(faultyWire.units("BatchWriteItem"),
                    heard.stream().mapToDouble(RequestEvent::capacityUnits).sum(), EPSILON);
        } finally {
            faultyClient.close();
            faultyAsync.close();
        }
    }

    @Test
    void aListenerThatThrows_changesNothing_andTheNextListenerStillHears() {
        List<RequestEvent> second = new ArrayList<>();
        Dynamo withBroken = Dynamo.builder(client).tablePrefix(dynamo.tablePrefix())
                .requestListener(e -> {
                    throw new IllegalStateException("broken listener");
                })
                .requestListener(second::add).build();
        Track track = track(Face.BLOCKING, 500);
        TrackModel model = TrackModel.of(withBroken);
        model.save(track);
        assertEquals(track, model.get(track.album(), 500).orElseThrow());
        assertEquals(List.of("PutItem", "GetItem"), second.stream().map(RequestEvent::operation).toList());
        assertEquals(List.of(), second.get(0).consumedCapacity(), "this runtime asks for no capacity");
    }

    @Test
    void withoutAListener_requestsStillCarryTheApiName() {
        TrackModel plain = TrackModel.of(Dynamo.builder(client).tablePrefix(dynamo.tablePrefix()).build());
        plain.get("no-such-album", 1);
        plain.query(TrackSchema.ALBUM.eq("no-such-album")).list();
        assertEquals(2, wire.sent().size());
        wire.sent().forEach(s -> assertTrue(s.userAgent().contains("hll/dynamodel"), s.userAgent()));
        assertEquals(List.of(), events);
    }

    /** The first page a publisher of pages emits, then cancels. */
    private static <T> CompletableFuture<Page<T>> firstPage(Flow.Publisher<Page<T>> pages) {
        CompletableFuture<Page<T>> first = new CompletableFuture<>();
        pages.subscribe(new Flow.Subscriber<>() {
            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(1);
            }

            @Override
            public void onNext(Page<T> page) {
                first.complete(page);
                subscription.cancel();
            }

            @Override
            public void onError(Throwable failure) {
                first.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                first.completeExceptionally(new AssertionError("no page"));
            }
        });
        return first;
    }
}
