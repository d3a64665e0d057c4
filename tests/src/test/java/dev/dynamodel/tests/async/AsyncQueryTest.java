package dev.dynamodel.tests.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.InvalidCursorException;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.query.Page;
import dev.dynamodel.tests.entities.Track;
import dev.dynamodel.tests.entities.TrackModel;
import dev.dynamodel.tests.entities.TrackSchema;
import dev.dynamodel.tests.support.CountingAsyncClient;
import dev.dynamodel.tests.support.TrackData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Queries and scans through {@code model.async()} against embedded DynamoDB Local: demand honoured,
 * proven by counting the requests sent (the counting client completes each response on another
 * thread, as a real asynchronous client does), pages and their cursors, failures in {@code onError}.
 * The results of {@code list()} and {@code count()} are proven on both faces by QueryTest, PagingTest
 * and ConditionTest.
 */
@ExtendWith(DynamoLocalExtension.class)
class AsyncQueryTest {
    private static final ExecutorService COMPLETER = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "test-async-completer");
        thread.setDaemon(true);
        return thread;
    });
    private static List<Track> tracks;

    private CountingAsyncClient counting;
    private TrackModel model;

    @BeforeAll
    static void load(Dynamo dynamo) {
        tracks = TrackData.load(TrackModel.of(dynamo));
    }

    @AfterAll
    static void stop() {
        COMPLETER.shutdownNow();
    }

    @BeforeEach
    void countingRuntime(Dynamo dynamo) {
        counting = new CountingAsyncClient(dynamo.asyncClient(), COMPLETER);
        model = TrackModel.of(Dynamo.builder(dynamo.client()).asyncClient(counting).tablePrefix(dynamo.tablePrefix())
                .build());
    }

    private static List<Integer> positions(String album) {
        return tracks.stream().filter(t -> t.album().equals(album)).sorted(Comparator.comparingInt(Track::position))
                .map(Track::position).toList();
    }

    @Test
    void count_sameAsTheBlockingFace_overManyPages() {
        long blocking = model.query(TrackSchema.ALBUM.eq("album-2")).filter(TrackSchema.STATE.eq("studio")).pageSize(3)
                .count();
        int before = counting.requests();
        long async = model.async().query(TrackSchema.ALBUM.eq("album-2")).filter(TrackSchema.STATE.eq("studio"))
                .pageSize(3).count().join();
        assertEquals(20, async);
        assertEquals(blocking, async);
        assertEquals(14, counting.requests() - before, "40 items, 3 per request: 14 requests");
        assertEquals(tracks.size(), model.async().scan().count().join());
    }

    @Test
    void oneItemAtATime_sendsNoRequestBeforeAnItemIsWanted() throws Exception {
        Recorder<Track> subscriber = new Recorder<>();
        model.async().query(TrackSchema.ALBUM.eq("album-0")).pageSize(5).publisher().subscribe(subscriber);
        assertNull(subscriber.poll());
        assertEquals(0, counting.requests(), "nothing is sent before a request(n)");
        List<Integer> received = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            subscriber.request(1);
            Track track = (Track) subscriber.next();
            received.add(track.position());
            assertEquals((i + 4) / 5, counting.requests(), "after item " + i + ": one request per 5 items, none ahead");
        }
        assertNull(subscriber.poll(), "no item beyond the demand");
        assertEquals(8, counting.requests());
        subscriber.request(1); // DynamoDB's 8th response said more may follow: the 9th request finds none
        assertSame(Recorder.COMPLETE, subscriber.next());
        assertEquals(9, counting.requests());
        assertEquals(positions("album-0"), received);
    }

    @Test
    void cancel_midStream_sendsNothingMore() throws Exception {
        Recorder<Track> subscriber = new Recorder<>();
        model.async().query(TrackSchema.ALBUM.eq("album-0")).pageSize(5).publisher().subscribe(subscriber);
        subscriber.request(7);
        for (int i = 0; i < 7; i++) {
            assertInstanceOf(Track.class, subscriber.next());
        }
        assertEquals(2, counting.requests());
        subscriber.cancel();
        subscriber.request(10);
        assertNull(subscriber.poll(), "no signal after cancel");
        assertEquals(2, counting.requests(), "no request after cancel");
    }

    @Test
    void limit_stopsTheRequests_andCompletes() throws Exception {
        Recorder<Track> subscriber = new Recorder<>();
        model.async().query(TrackSchema.ALBUM.eq("album-0")).pageSize(5).limit(7).publisher().subscribe(subscriber);
        subscriber.request(Long.MAX_VALUE);
        for (int i = 0; i < 7; i++) {
            assertInstanceOf(Track.class, subscriber.next());
        }
        assertSame(Recorder.COMPLETE, subscriber.next());
        assertEquals(2, counting.requests());
    }

    @Test
    void pages_oneRequestPerPage_andTheirCursorsResumeOnEitherFace() throws Exception {
        Recorder<Page<Track>> subscriber = new Recorder<>();
        model.async().query(TrackSchema.ALBUM.eq("album-1")).pageSize(15).pages().subscribe(subscriber);
        subscriber.request(1);
        @SuppressWarnings("unchecked")
        Page<Track> first = (Page<Track>) subscriber.next();
        assertEquals(positions("album-1").subList(0, 15), first.items().stream().map(Track::position).toList());
        assertEquals(1, counting.requests());
        assertNull(subscriber.poll(), "one page per request(1)");

        String cursor = first.cursor().orElseThrow();
        List<Track> rest = model.query(TrackSchema.ALBUM.eq("album-1")).startAfter(cursor).list();
        assertEquals(positions("album-1").subList(15, 40), rest.stream().map(Track::position).toList());
        List<Track> asyncRest = model.async().query(TrackSchema.ALBUM.eq("album-1")).startAfter(cursor).list().join();
        assertEquals(rest, asyncRest);

        subscriber.request(5);
        List<Integer> sizes = new ArrayList<>();
        List<Boolean> cursors = new ArrayList<>();
        Object signal;
        while ((signal = subscriber.next()) != Recorder.COMPLETE) {
            @SuppressWarnings("unchecked")
            Page<Track> page = (Page<Track>) signal;
            sizes.add(page.items().size());
            cursors.add(page.hasMore());
        }
        assertEquals(List.of(15, 10), sizes, "the third response had fewer than 15 items: DynamoDB said it was the last");
        assertEquals(List.of(true, false), cursors);
        assertEquals(4, counting.requests(), "three pages, three requests, and the one of the async list above");
    }

    @Test
    void pages_withALimitInsideAResponse_cursorResumesAfterTheLastItem() throws Exception {
        List<Page<Track>> pages = new ArrayList<>();
        Recorder<Page<Track>> subscriber = new Recorder<>();
        model.async().query(TrackSchema.ALBUM.eq("album-1")).pageSize(10).limit(4).pages().subscribe(subscriber);
        subscriber.request(Long.MAX_VALUE);
        Object signal;
        while ((signal = subscriber.next()) != Recorder.COMPLETE) {
            @SuppressWarnings("unchecked")
            Page<Track> page = (Page<Track>) signal;
            pages.add(page);
        }
        assertEquals(1, pages.size());
        assertEquals(List.of(1, 2, 3, 4), pages.get(0).items().stream().map(Track::position).toList());
        Track fifth = model.query(TrackSchema.ALBUM.eq("album-1")).startAfter(pages.get(0).cursor().orElseThrow())
                .limit(1).list().get(0);
        assertEquals(5, fifth.position());
    }

    @Test
    void failures_arriveInOnError_asTheLibrarysExceptions() throws Exception {
        Recorder<Track> badCursor = new Recorder<>();
        model.async().query(TrackSchema.ALBUM.eq("album-0")).startAfter("not-a-cursor").publisher().subscribe(badCursor);
        Recorder.Failure failure = assertInstanceOf(Recorder.Failure.class, badCursor.next());
        assertInstanceOf(InvalidCursorException.class, failure.failure());
        assertEquals(0, counting.requests());

        Recorder<Track> zero = new Recorder<>();
        model.async().scan().publisher().subscribe(zero);
        zero.request(0);
        assertInstanceOf(IllegalArgumentException.class, assertInstanceOf(Recorder.Failure.class, zero.next()).failure());
        assertEquals(0, counting.requests());

        Throwable listed = model.async().query(TrackSchema.ALBUM.eq("album-0")).startAfter("not-a-cursor").list()
                .handle((items, e) -> e).join();
        assertInstanceOf(InvalidCursorException.class, listed);
        Throwable counted = model.async().query(TrackSchema.ALBUM.eq("album-0")).startAfter("not-a-cursor").count()
                .handle((n, e) -> e).join();
        assertInstanceOf(InvalidCursorException.class, counted);
        assertTrue(model.async().query(TrackSchema.ALBUM.eq("album-0")).request().keyConditionExpression()
                .contains("="));
    }

    /** The requests a scan of each of 4 segments to its end takes with pages of 10, and the items in segment order. */
    private static List<String> bySegment(Dynamo dynamo, int[] requests) {
        List<String> keys = new ArrayList<>();
        for (int segment = 0; segment < 4; segment++) {
            int number = segment;
            List<Map<String, AttributeValue>> items = dynamo.client().scan(b -> b
                    .tableName(TrackModel.of(dynamo).tableName()).segment(number).totalSegments(4)).items();
            items.forEach(item -> keys.add(item.get("album").s() + "/" + item.get("position").n()));
            requests[0] += items.size() / 10 + 1; // the last response has fewer than 10 items, maybe none
        }
        return keys;
    }

    @Test
    void parallelScan_oneItemAtATime_oneRequestAtATime_segmentAfterSegment(Dynamo dynamo) throws Exception {
        int[] expectedRequests = {0};
        List<String> expected = bySegment(dynamo, expectedRequests);
        Recorder<Track> subscriber = new Recorder<>();
        model.async().scan().parallel(4).pageSize(10).publisher().subscribe(subscriber);
        assertNull(subscriber.poll());
        assertEquals(0, counting.requests(), "nothing is sent before a request(n)");
        List<String> received = new ArrayList<>();
        Object signal;
        do {
            subscriber.request(1);
            signal = subscriber.next();
            if (signal instanceof Track track) {
                received.add(track.album() + "/" + track.position());
                assertNull(subscriber.poll() instanceof Track ? "beyond the demand" : null);
            }
        } while (signal != Recorder.COMPLETE);
        assertEquals(expected, received, "with one item wanted, the lowest unfinished segment is read");
        assertEquals(1, counting.mostPagesInFlight(), "never more requests on their way than items wanted");
        assertEquals(expectedRequests[0], counting.requests());
    }

    @Test
    void parallelScan_allAtOnce_readsTheSegmentsSideBySide_andEveryItemOnce(Dynamo dynamo) throws Exception {
        int[] expectedRequests = {0};
        List<String> expected = bySegment(dynamo, expectedRequests);
        Recorder<Track> subscriber = new Recorder<>();
        model.async().scan().parallel(4).pageSize(10).publisher().subscribe(subscriber);
        subscriber.request(Long.MAX_VALUE);
        List<String> received = new ArrayList<>();
        Object signal;
        while ((signal = subscriber.next()) != Recorder.COMPLETE) {
            Track track = assertInstanceOf(Track.class, signal);
            received.add(track.album() + "/" + track.position());
        }
        assertEquals(Set.copyOf(expected), Set.copyOf(received));
        assertEquals(expected.size(), received.size(), "no item twice");
        assertTrue(counting.mostPagesInFlight() <= 4, "one request per segment at most: " + counting.mostPagesInFlight());
        assertEquals(expectedRequests[0], counting.requests());
    }

    @Test
    void parallelScan_limit_endsTheStream_andCancelStopsIt() throws Exception {
        Recorder<Track> limited = new Recorder<>();
        model.async().scan().parallel(4).pageSize(10).limit(25).publisher().subscribe(limited);
        limited.request(Long.MAX_VALUE);
        for (int i = 0; i < 25; i++) {
            assertInstanceOf(Track.class, limited.next());
        }
        assertSame(Recorder.COMPLETE, limited.next());

        Recorder<Track> cancelled = new Recorder<>();
        model.async().scan().parallel(4).pageSize(10).publisher().subscribe(cancelled);
        cancelled.request(3);
        for (int i = 0; i < 3; i++) {
            assertInstanceOf(Track.class, cancelled.next());
        }
        cancelled.cancel();
        int sent = counting.requests();
        cancelled.request(100);
        assertNull(cancelled.poll(), "no signal after cancel");
        assertEquals(sent, counting.requests(), "no request after cancel");

        Recorder<Page<Track>> pages = new Recorder<>();
        model.async().scan().parallel(2).pages().subscribe(pages);
        pages.request(1);
        Throwable refused = assertInstanceOf(Recorder.Failure.class, pages.next()).failure();
        assertEquals("A parallel scan has no cursor: pages() needs a sequential scan", refused.getMessage());
    }
}
