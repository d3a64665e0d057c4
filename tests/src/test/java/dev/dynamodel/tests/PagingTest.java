package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.exception.InvalidCursorException;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.query.Page;
import dev.dynamodel.tests.entities.Track;
import dev.dynamodel.tests.entities.TrackModel;
import dev.dynamodel.tests.entities.TrackSchema;
import dev.dynamodel.tests.support.Counted;
import dev.dynamodel.tests.support.Face;
import dev.dynamodel.tests.support.TrackData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Limits, pages, cursors, lazy streams and parallel scans against DynamoDB Local, each case on
 * both faces ({@link Face}): {@code page()}, {@code list()} and {@code count()} of the blocking model
 * or of its {@code async()} face, {@code stream()} or {@code publisher()}. The publishers' demand and
 * {@code pages()} are AsyncQueryTest's.
 */
@ExtendWith(DynamoLocalExtension.class)
class PagingTest {
    private static List<Track> tracks;

    @BeforeAll
    static void load(Dynamo dynamo) {
        tracks = TrackData.load(TrackModel.of(dynamo));
    }

    private static List<Integer> positions(List<Track> list) {
        return list.stream().map(Track::position).toList();
    }

    /** The page of {@code album} after {@code cursor} (from the start if null), read on this face by a new model. */
    private static Page<Track> livePage(Face face, Dynamo dynamo, String cursor) {
        // A new model and query per page: nothing but the cursor string carries over.
        TrackModel model = TrackModel.of(Dynamo.builder(dynamo.client()).asyncClient(dynamo.asyncClient())
                .tablePrefix(dynamo.tablePrefix()).build());
        Condition album = TrackSchema.ALBUM.eq("album-1");
        Condition live = TrackSchema.STATE.eq("live");
        return face.call(() -> {
            var query = model.query(album).filter(live).pageSize(6).limit(4);
            return (cursor == null ? query : query.startAfter(cursor)).page();
        }, () -> {
            var query = model.async().query(album).filter(live).pageSize(6).limit(4);
            return (cursor == null ? query : query.startAfter(cursor)).page();
        });
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void cursor_resumesExactlyWhereThePageEnded_inAFreshModel(Face face, Dynamo dynamo) {
        List<Integer> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<Track> page = livePage(face, dynamo, cursor);
            assertTrue(page.items().size() <= 4);
            seen.addAll(positions(page.items()));
            cursor = page.cursor().orElse(null);
            pages++;
        } while (cursor != null);
        List<Integer> expected = tracks.stream().filter(t -> t.album().equals("album-1") && t.state().equals("live"))
                .map(Track::position).sorted().toList();
        assertEquals(expected, seen);
        assertEquals(5, pages, "20 items in pages of 4, the last one exactly full: no sixth, empty page");
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void page_exactlyFullLastPage_readsAheadOnce_andHasNoCursor(Face face, Dynamo dynamo) {
        Counted counted = Counted.of(dynamo);
        TrackModel model = TrackModel.of(counted.dynamo());
        Condition album = TrackSchema.ALBUM.eq("album-1");
        Page<Track> first = face.call(() -> model.query(album).limit(20).page(),
                () -> model.async().query(album).limit(20).page());
        assertEquals(positions(tracks.subList(40, 60)), positions(first.items()));
        assertTrue(first.hasMore());
        assertEquals(2, counted.requests(), "the 20 items, then one request ahead that finds the 21st");
        String cursor = first.cursor().orElseThrow();
        Page<Track> last = face.call(() -> model.query(album).limit(20).startAfter(cursor).page(),
                () -> model.async().query(album).limit(20).startAfter(cursor).page());
        assertEquals(positions(tracks.subList(60, 80)), positions(last.items()));
        assertFalse(last.hasMore(), "exactly full, and nothing after it");
        assertEquals(4, counted.requests(), "the 20 items, then one request ahead that finds nothing");
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void cursor_isUrlSafe(Face face, Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        Condition album = TrackSchema.ALBUM.eq("album-0");
        String cursor = face.call(() -> model.query(album).limit(3).page(), () -> model.async().query(album).limit(3).page())
                .cursor().orElseThrow();
        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void tamperedCursor_isAClearError(Face face, Dynamo dynamo) {
        String cursor = TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-0")).limit(3).page().cursor().orElseThrow();
        char last = cursor.charAt(cursor.length() / 2);
        String tampered = cursor.substring(0, cursor.length() / 2) + (last == 'A' ? 'B' : 'A')
                + cursor.substring(cursor.length() / 2 + 1);
        TrackModel model = TrackModel.of(dynamo);
        Condition album = TrackSchema.ALBUM.eq("album-0");
        InvalidCursorException e = assertThrows(InvalidCursorException.class, () -> face.call(
                () -> model.query(album).startAfter(tampered).list(), () -> model.async().query(album).startAfter(tampered).list()));
        assertTrue(e.getMessage().contains("altered") || e.getMessage().contains("malformed"), e.getMessage());
        assertThrows(InvalidCursorException.class, () -> face.call(() -> model.query(album).startAfter("not a cursor!").list(),
                () -> model.async().query(album).startAfter("not a cursor!").list()));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void foreignCursor_fromAnotherIndex_isRefused(Face face, Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        String fromIndex = model.query(TrackSchema.ARTIST.eq("Ella")).limit(2).page().cursor().orElseThrow();
        Condition album = TrackSchema.ALBUM.eq("album-0");
        InvalidCursorException e = assertThrows(InvalidCursorException.class, () -> face.call(
                () -> model.query(album).startAfter(fromIndex).list(), () -> model.async().query(album).startAfter(fromIndex).list()));
        assertEquals("Cursor belongs to table PagingTest_tracks.v1 index by-artist, not to table PagingTest_tracks.v1",
                e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void cursorOnAGlobalIndex_resumesWithinTheIndex(Face face, Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        Condition miles = TrackSchema.ARTIST.eq("Miles");
        Set<String> seen = new HashSet<>();
        Page<Track> page = face.call(() -> model.query(miles).limit(7).page(), () -> model.async().query(miles).limit(7).page());
        page.items().forEach(t -> seen.add(t.album() + "/" + t.position()));
        while (page.hasMore()) {
            String cursor = page.cursor().orElseThrow();
            page = face.call(() -> model.query(miles).limit(7).startAfter(cursor).page(),
                    () -> model.async().query(miles).limit(7).startAfter(cursor).page());
            page.items().forEach(t -> assertTrue(seen.add(t.album() + "/" + t.position()), "no item twice"));
        }
        assertEquals(tracks.stream().filter(t -> t.artist().equals("Miles")).count(), seen.size());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void limit_countsItemsAfterTheFilter_pageSizeCountsEvaluatedItems(Face face, Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        Condition album = TrackSchema.ALBUM.eq("album-2");
        Condition live = TrackSchema.STATE.eq("live");
        assertEquals(5, face.call(() -> model.query(album).filter(live).limit(5).list(),
                () -> model.async().query(album).filter(live).limit(5).list()).size());
        Page<Track> onePage = face.call(() -> model.query(album).filter(live).pageSize(6).page(),
                () -> model.async().query(album).filter(live).pageSize(6).page());
        assertEquals(3, onePage.items().size(), "6 evaluated, every second one live");
        assertEquals(3, face.call(() -> model.query(album).filter(live).pageSize(6).maxPages(1).list(),
                () -> model.async().query(album).filter(live).pageSize(6).maxPages(1).list()).size(), "one request");
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void maxPages_boundsTheRequests(Face face, Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        Condition album = TrackSchema.ALBUM.eq("album-0");
        List<Track> result = face.call(() -> model.query(album).pageSize(5).maxPages(3).list(),
                () -> model.async().query(album).pageSize(5).maxPages(3).list());
        assertEquals(15, result.size());
        assertEquals(15, face.call(() -> model.query(album).pageSize(5).maxPages(3).count(),
                () -> model.async().query(album).pageSize(5).maxPages(3).count()));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void stream_fetchesPagesOnlyAsConsumed(Face face, Dynamo dynamo) {
        Counted counted = Counted.of(dynamo);
        TrackModel model = TrackModel.of(counted.dynamo());
        Condition album = TrackSchema.ALBUM.eq("album-0");
        List<Track> firstSix = face.first(6, () -> model.query(album).pageSize(5).stream(),
                () -> model.async().query(album).pageSize(5).publisher());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), positions(firstSix));
        assertEquals(2, counted.requests(), "two pages of 5 for 6 items, none ahead");
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void scan_withPagesAndCursor_readsEverythingOnce(Face face, Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        Set<String> seen = new HashSet<>();
        Page<Track> page = face.call(() -> model.scan().limit(25).page(), () -> model.async().scan().limit(25).page());
        while (true) {
            page.items().forEach(t -> assertTrue(seen.add(t.album() + "/" + t.position())));
            if (!page.hasMore()) {
                break;
            }
            String cursor = page.cursor().orElseThrow();
            page = face.call(() -> model.scan().limit(25).startAfter(cursor).page(),
                    () -> model.async().scan().limit(25).startAfter(cursor).page());
        }
        assertEquals(tracks.size(), seen.size());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void parallelScan_mergesAllSegments_inSegmentOrder(Face face, Dynamo dynamo) {
        Counted counted = Counted.of(dynamo);
        TrackModel model = TrackModel.of(counted.dynamo());
        List<Track> parallel = face.call(() -> model.scan().parallel(4).pageSize(10).list(),
                () -> model.async().scan().parallel(4).pageSize(10).list());
        assertEquals(Set.copyOf(tracks), Set.copyOf(parallel));
        assertEquals(tracks.size(), parallel.size());
        List<String> bySegment = new ArrayList<>();
        for (int segment = 0; segment < 4; segment++) {
            int number = segment;
            dynamo.client().scan(b -> b.tableName(model.tableName()).segment(number).totalSegments(4)).items()
                    .forEach(item -> bySegment.add(item.get("album").s() + "/" + item.get("position").n()));
        }
        assertEquals(bySegment, parallel.stream().map(t -> t.album() + "/" + t.position()).toList(),
                "segment 0's items first, then 1's, ...");
        int requests = counted.requests();
        assertTrue(requests >= 4 + tracks.size() / 10, "every segment read to its end: " + requests);

        Condition year = TrackSchema.YEAR.eq(1953);
        assertEquals(tracks.stream().filter(t -> t.year() == 1953).count(), face.call(
                () -> model.scan().parallel(3).filter(year).count(), () -> model.async().scan().parallel(3).filter(year).count()));
        assertEquals(7, face.call(() -> model.scan().parallel(4).limit(7).list(),
                () -> model.async().scan().parallel(4).limit(7).list()).size());
        assertEquals(4, face.pick(() -> model.scan().parallel(4).request(), () -> model.async().scan().parallel(4).request())
                .totalSegments());
        int before = counted.requests();
        IllegalStateException noPage = assertThrows(IllegalStateException.class,
                () -> face.call(() -> model.scan().parallel(2).page(), () -> model.async().scan().parallel(2).page()));
        assertEquals("A parallel scan has no cursor: page() needs a sequential scan", noPage.getMessage());
        String cursor = face.call(() -> model.scan().limit(3).page(), () -> model.async().scan().limit(3).page())
                .cursor().orElseThrow();
        assertThrows(IllegalStateException.class, () -> face.call(() -> model.scan().parallel(2).startAfter(cursor).list(),
                () -> model.async().scan().parallel(2).startAfter(cursor).list()));
        assertEquals(before + 2, counted.requests(), "only the sequential page and its request ahead were sent");
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void emptyResult_hasNoCursor(Face face, Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        Condition none = TrackSchema.ALBUM.eq("no-such-album");
        Page<Track> page = face.call(() -> model.query(none).page(), () -> model.async().query(none).page());
        assertTrue(page.items().isEmpty());
        assertFalse(page.hasMore());
        assertEquals(0, face.call(() -> model.query(none).count(), () -> model.async().query(none).count()));
        assertEquals(List.of(), face.call(() -> model.query(none).list(), () -> model.async().query(none).list()));
    }
}
