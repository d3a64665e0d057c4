package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.InvalidCursorException;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.query.Page;
import dev.dynamodel.tests.entities.Track;
import dev.dynamodel.tests.entities.TrackModel;
import dev.dynamodel.tests.entities.TrackSchema;
import dev.dynamodel.tests.support.TrackData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Limits, pages, cursors, lazy streams and parallel scans against DynamoDB Local. */
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

    @Test
    void cursor_resumesExactlyWhereThePageEnded_inAFreshModel(Dynamo dynamo) {
        List<Integer> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            // A new model and query per page: nothing but the cursor string carries over.
            var query = TrackModel.of(Dynamo.builder(dynamo.client()).tablePrefix(dynamo.tablePrefix()).build())
                    .query(TrackSchema.ALBUM.eq("album-1")).filter(TrackSchema.STATE.eq("live")).pageSize(6).limit(4);
            Page<Track> page = (cursor == null ? query : query.startAfter(cursor)).page();
            assertTrue(page.items().size() <= 4);
            seen.addAll(positions(page.items()));
            cursor = page.cursor().orElse(null);
            pages++;
        } while (cursor != null);
        List<Integer> expected = tracks.stream().filter(t -> t.album().equals("album-1") && t.state().equals("live"))
                .map(Track::position).sorted().toList();
        assertEquals(expected, seen);
        assertTrue(pages >= 5, "20 items in pages of at most 4: " + pages);
    }

    @Test
    void cursor_isUrlSafe(Dynamo dynamo) {
        String cursor = TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-0")).limit(3).page().cursor().orElseThrow();
        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
    }

    @Test
    void tamperedCursor_isAClearError(Dynamo dynamo) {
        String cursor = TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-0")).limit(3).page().cursor().orElseThrow();
        char last = cursor.charAt(cursor.length() / 2);
        String tampered = cursor.substring(0, cursor.length() / 2) + (last == 'A' ? 'B' : 'A')
                + cursor.substring(cursor.length() / 2 + 1);
        InvalidCursorException e = assertThrows(InvalidCursorException.class,
                () -> TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-0")).startAfter(tampered).list());
        assertTrue(e.getMessage().contains("altered") || e.getMessage().contains("malformed"), e.getMessage());
        assertThrows(InvalidCursorException.class,
                () -> TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-0")).startAfter("not a cursor!").list());
    }

    @Test
    void foreignCursor_fromAnotherIndex_isRefused(Dynamo dynamo) {
        String fromIndex = TrackModel.of(dynamo).query(TrackSchema.ARTIST.eq("Ella")).limit(2).page().cursor().orElseThrow();
        InvalidCursorException e = assertThrows(InvalidCursorException.class,
                () -> TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-0")).startAfter(fromIndex).list());
        assertEquals("Cursor belongs to table PagingTest_tracks.v1 index by-artist, not to table PagingTest_tracks.v1",
                e.getMessage());
    }

    @Test
    void cursorOnAGlobalIndex_resumesWithinTheIndex(Dynamo dynamo) {
        Set<String> seen = new HashSet<>();
        Page<Track> page = TrackModel.of(dynamo).query(TrackSchema.ARTIST.eq("Miles")).limit(7).page();
        page.items().forEach(t -> seen.add(t.album() + "/" + t.position()));
        while (page.hasMore()) {
            page = TrackModel.of(dynamo).query(TrackSchema.ARTIST.eq("Miles")).limit(7).startAfter(page.cursor().orElseThrow()).page();
            page.items().forEach(t -> assertTrue(seen.add(t.album() + "/" + t.position()), "no item twice"));
        }
        assertEquals(tracks.stream().filter(t -> t.artist().equals("Miles")).count(), seen.size());
    }

    @Test
    void limit_countsItemsAfterTheFilter_pageSizeCountsEvaluatedItems(Dynamo dynamo) {
        var query = TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-2")).filter(TrackSchema.STATE.eq("live"));
        assertEquals(5, query.limit(5).list().size());
        Page<Track> onePage = TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-2"))
                .filter(TrackSchema.STATE.eq("live")).pageSize(6).page();
        assertEquals(3, onePage.items().size(), "6 evaluated, every second one live");
    }

    @Test
    void maxPages_boundsTheRequests(Dynamo dynamo) {
        List<Track> result = TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-0")).pageSize(5).maxPages(3).list();
        assertEquals(15, result.size());
        assertEquals(15, TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-0")).pageSize(5).maxPages(3).count());
    }

    @Test
    void stream_fetchesPagesOnlyAsConsumed(Dynamo dynamo) {
        AtomicInteger consumed = new AtomicInteger();
        var stream = TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-0")).pageSize(5).stream();
        List<Track> firstSix = stream.peek(t -> consumed.incrementAndGet()).limit(6).toList();
        assertEquals(6, firstSix.size());
        assertEquals(6, consumed.get());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), positions(firstSix));
    }

    @Test
    void scan_withPagesAndCursor_readsEverythingOnce(Dynamo dynamo) {
        Set<String> seen = new HashSet<>();
        Page<Track> page = TrackModel.of(dynamo).scan().limit(25).page();
        do {
            page.items().forEach(t -> assertTrue(seen.add(t.album() + "/" + t.position())));
            if (!page.hasMore()) {
                break;
            }
            page = TrackModel.of(dynamo).scan().limit(25).startAfter(page.cursor().orElseThrow()).page();
        } while (true);
        assertEquals(tracks.size(), seen.size());
    }

    @Test
    void parallelScan_mergesAllSegments(Dynamo dynamo) {
        List<Track> parallel = TrackModel.of(dynamo).scan().parallel(4).pageSize(10).list();
        assertEquals(Set.copyOf(tracks), Set.copyOf(parallel));
        assertEquals(tracks.size(), parallel.size());
        assertEquals(tracks.stream().filter(t -> t.year() == 1953).count(),
                TrackModel.of(dynamo).scan().parallel(3).filter(TrackSchema.YEAR.eq(1953)).count());
        assertEquals(4, TrackModel.of(dynamo).scan().parallel(4).request().totalSegments());
        assertThrows(IllegalStateException.class, () -> TrackModel.of(dynamo).scan().parallel(2).page());
    }

    @Test
    void emptyResult_hasNoCursor(Dynamo dynamo) {
        Page<Track> page = TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("no-such-album")).page();
        assertTrue(page.items().isEmpty());
        assertFalse(page.hasMore());
        assertEquals(0, TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("no-such-album")).count());
    }
}
