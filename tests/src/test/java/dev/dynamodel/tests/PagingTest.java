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
import dev.dynamodel.tests.support.Face;
import dev.dynamodel.tests.support.TrackData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Limits, pages, cursors, lazy streams and parallel scans against DynamoDB Local. The cases read
 * with {@code list()} and {@code count()} run on both faces ({@link Face}); those of the blocking
 * {@code page()}, {@code stream()} and parallel scans have no async twin (the async pages are
 * AsyncQueryTest's).
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

    @ParameterizedTest
    @EnumSource(Face.class)
    void limit_countsItemsAfterTheFilter_pageSizeCountsEvaluatedItems(Face face, Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        Condition album = TrackSchema.ALBUM.eq("album-2");
        Condition live = TrackSchema.STATE.eq("live");
        assertEquals(5, face.call(() -> model.query(album).filter(live).limit(5).list(),
                () -> model.async().query(album).filter(live).limit(5).list()).size());
        Page<Track> onePage = TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-2"))
                .filter(TrackSchema.STATE.eq("live")).pageSize(6).page();
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

    @ParameterizedTest
    @EnumSource(Face.class)
    void emptyResult_hasNoCursor(Face face, Dynamo dynamo) {
        Page<Track> page = TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("no-such-album")).page();
        assertTrue(page.items().isEmpty());
        assertFalse(page.hasMore());
        TrackModel model = TrackModel.of(dynamo);
        Condition none = TrackSchema.ALBUM.eq("no-such-album");
        assertEquals(0, face.call(() -> model.query(none).count(), () -> model.async().query(none).count()));
        assertEquals(List.of(), face.call(() -> model.query(none).list(), () -> model.async().query(none).list()));
    }
}
