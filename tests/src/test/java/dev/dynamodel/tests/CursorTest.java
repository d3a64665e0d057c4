package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.InvalidCursorException;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.query.Page;
import dev.dynamodel.query.Query;
import dev.dynamodel.query.Retrieval;
import dev.dynamodel.tests.entities.Track;
import dev.dynamodel.tests.entities.TrackModel;
import dev.dynamodel.tests.entities.TrackSchema;
import dev.dynamodel.tests.rules.Session;
import dev.dynamodel.tests.rules.SessionModel;
import dev.dynamodel.tests.support.TrackData;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cursors against DynamoDB Local: bound to the query that made them, sealed with a secret when the
 * runtime has one, clear errors for each way a cursor can be wrong, and no cursor after the last item.
 */
@ExtendWith(DynamoLocalExtension.class)
class CursorTest {
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static List<Track> tracks;

    @BeforeAll
    static void load(Dynamo dynamo) {
        tracks = TrackData.load(TrackModel.of(dynamo));
    }

    private static Dynamo sameTables(Dynamo dynamo, byte[] secret) {
        Dynamo.Builder builder = Dynamo.builder(dynamo.client()).tablePrefix(dynamo.tablePrefix());
        return (secret == null ? builder : builder.cursorSecret(secret)).build();
    }

    private static String firstCursor(Query<Track> query) {
        return query.limit(3).page().cursor().orElseThrow();
    }

    private static String refusal(Retrieval<Track, ?> query, String cursor) {
        return assertThrows(InvalidCursorException.class, () -> query.startAfter(cursor).list()).getMessage();
    }

    private static List<Integer> positions(List<Track> list) {
        return list.stream().map(Track::position).toList();
    }

    @Test
    void cursor_isRefusedByAQueryWithAnotherDirection_filter_orKeyCondition(Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        String ascending = firstCursor(model.query(TrackSchema.ALBUM.eq("album-0")));
        String filtered = firstCursor(model.query(TrackSchema.ALBUM.eq("album-0")).filter(TrackSchema.STATE.eq("live")));
        String expected = "Cursor belongs to another query on table CursorTest_tracks.v1: its key condition, direction"
                + " or filter differ from this one's; a cursor resumes only the query that made it";
        assertEquals(expected, refusal(model.query(TrackSchema.ALBUM.eq("album-0")).descending(), ascending));
        assertEquals(expected, refusal(model.query(TrackSchema.ALBUM.eq("album-0")), filtered));
        assertEquals(expected, refusal(model.query(TrackSchema.ALBUM.eq("album-0")).filter(TrackSchema.STATE.eq("studio")),
                filtered));
        assertEquals(expected, refusal(model.query(TrackSchema.ALBUM.eq("album-1")), ascending));
        assertEquals(expected, refusal(model.query(TrackSchema.ALBUM.eq("album-0").and(TrackSchema.POSITION.gt(2))),
                ascending));
        String scanned = model.scan().filter(TrackSchema.YEAR.eq(1953)).limit(2).page().cursor().orElseThrow();
        assertTrue(refusal(model.scan(), scanned).startsWith("Cursor belongs to another query"));
        // The same query may change its page size, limit and projection from page to page.
        List<Track> rest = model.query(TrackSchema.ALBUM.eq("album-0")).filter(TrackSchema.STATE.eq("live"))
                .pageSize(4).select(TrackSchema.TITLE).startAfter(filtered).list();
        assertEquals(List.of(8, 10, 12), positions(rest).subList(0, 3));
        assertEquals(17, rest.size());
    }

    @Test
    void cursor_ofAQueryThatHidesExpiredItems_survivesTheClockMoving(Dynamo dynamo) {
        SessionModel.of(dynamo).createTableIfNotExists();
        Instant now = Instant.parse("2025-06-01T12:00:00Z");
        for (int i = 0; i < 6; i++) {
            SessionModel.of(dynamo).save(new Session("t" + i, "ada", now.plusSeconds(3600)));
        }
        Function<Instant, SessionModel> at = instant -> SessionModel.of(Dynamo.builder(dynamo.client())
                .tablePrefix(dynamo.tablePrefix()).hideExpiredItems(true).clock(Clock.fixed(instant, ZoneOffset.UTC)).build());
        Page<Session> first = at.apply(now).scan().limit(4).page();
        List<Session> rest = at.apply(now.plusSeconds(90)).scan().startAfter(first.cursor().orElseThrow()).list();
        assertEquals(4, first.items().size());
        assertEquals(2, rest.size());
    }

    @Test
    void withASecret_cursorsAreOpaque_resumeExactly_andRefuseTampering(Dynamo dynamo) {
        // tag::sealed[]
        Dynamo sealing = Dynamo.builder(dynamo.client())
                .tablePrefix(dynamo.tablePrefix())
                .cursorSecret(SECRET)              // an AES key of 16, 24 or 32 bytes, from your secret store
                .build();
        // end::sealed[]
        TrackModel model = TrackModel.of(sealing);
        Page<Track> first = model.query(TrackSchema.ALBUM.eq("album-2")).limit(15).page();
        String cursor = first.cursor().orElseThrow();
        String clear = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.ISO_8859_1);
        assertFalse(clear.contains("album-2") || clear.contains("tracks.v1"), "sealed content is not readable");
        String plain = TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-2")).limit(15).page().cursor().orElseThrow();
        assertTrue(new String(Base64.getUrlDecoder().decode(plain), StandardCharsets.ISO_8859_1).contains("album-2"),
                "without a secret the content is readable");
        List<Integer> seen = new ArrayList<>(positions(first.items()));
        seen.addAll(positions(TrackModel.of(sameTables(dynamo, SECRET)).query(TrackSchema.ALBUM.eq("album-2"))
                .startAfter(cursor).list()));
        assertEquals(positions(tracks.stream().filter(t -> t.album().equals("album-2")).toList()), seen);

        for (int i = 0; i < cursor.length(); i += 7) {
            String tampered = cursor.substring(0, i) + (cursor.charAt(i) == 'A' ? 'B' : 'A') + cursor.substring(i + 1);
            InvalidCursorException e = assertThrows(InvalidCursorException.class,
                    () -> model.query(TrackSchema.ALBUM.eq("album-2")).startAfter(tampered).list(), "changed at " + i);
            assertTrue(e.getMessage().startsWith("Cursor was altered or sealed with another secret")
                    || e.getMessage().startsWith("Cursor is not one this library made")
                    || e.getMessage().startsWith("Cursor is not sealed")
                    || e.getMessage().contains("longer than it says") || e.getMessage().startsWith("Cursor is truncated"),
                    e.getMessage());
        }
        byte[] otherSecret = "another secret of thirty-two b!!".getBytes(StandardCharsets.US_ASCII);
        assertEquals("Cursor was altered or sealed with another secret: it does not authenticate",
                refusal(TrackModel.of(sameTables(dynamo, otherSecret)).query(TrackSchema.ALBUM.eq("album-2")), cursor));
        assertEquals("Cursor is not sealed, but this Dynamo seals cursors with its cursorSecret: it was made without the"
                + " secret, or forged", refusal(model.query(TrackSchema.ALBUM.eq("album-2")), plain));
        assertEquals("Cursor is sealed with a secret, but this Dynamo has no cursorSecret; resume it with the same secret"
                + " that made it", refusal(TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-2")), cursor));
        assertThrows(IllegalArgumentException.class, () -> Dynamo.builder(dynamo.client()).cursorSecret(new byte[10]));
    }

    @Test
    void truncatedCursor_andGarbage_eachSayWhatIsWrong(Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        String cursor = firstCursor(model.query(TrackSchema.ALBUM.eq("album-0")));
        for (int cut = 1; cut <= 8; cut++) {
            String truncated = cursor.substring(0, cursor.length() - cut);
            assertTrue(refusal(model.query(TrackSchema.ALBUM.eq("album-0")), truncated).startsWith("Cursor is truncated: it has "),
                    "cut " + cut);
        }
        int half = cursor.length() / 2;
        String altered = cursor.substring(0, half) + (cursor.charAt(half) == 'A' ? 'B' : 'A') + cursor.substring(half + 1);
        assertEquals("Cursor was altered: its checksum does not match its content",
                refusal(model.query(TrackSchema.ALBUM.eq("album-0")), altered));
        assertEquals("Cursor is not one this library made (unknown format)",
                refusal(model.query(TrackSchema.ALBUM.eq("album-0")), "aGVsbG8gd29ybGQgZ2FyYmFnZQ"));
        assertEquals("Cursor is not one this library made: character 3 is not URL-safe base64 (A-Z, a-z, 0-9, '-', '_')",
                refusal(model.query(TrackSchema.ALBUM.eq("album-0")), "not a cursor!"));
        assertEquals("Cursor is not one this library made: 2 characters are too few for any cursor",
                refusal(model.query(TrackSchema.ALBUM.eq("album-0")), "ab"));
    }

    @Test
    void exactlyFullLastPage_hasNoCursor(Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        Page<Track> all = model.query(TrackSchema.ALBUM.eq("album-0")).limit(40).page();
        assertEquals(40, all.items().size());
        assertFalse(all.hasMore(), "40 items in a page of 40: nothing is left");

        Page<Track> first = model.query(TrackSchema.ALBUM.eq("album-1")).limit(20).page();
        assertTrue(first.hasMore());
        Page<Track> second = model.query(TrackSchema.ALBUM.eq("album-1")).limit(20).startAfter(first.cursor().orElseThrow()).page();
        assertEquals(20, second.items().size());
        assertEquals(40, second.items().get(19).position());
        assertFalse(second.hasMore());

        Page<Track> live = model.query(TrackSchema.ALBUM.eq("album-2")).filter(TrackSchema.STATE.eq("live")).pageSize(10)
                .limit(20).page();
        assertEquals(20, live.items().size());
        assertFalse(live.hasMore(), "the 20 live tracks fill the page exactly");

        Page<Track> lastOfOneRequest = model.query(TrackSchema.ALBUM.eq("album-0")).pageSize(8)
                .startAfter(model.query(TrackSchema.ALBUM.eq("album-0")).limit(32).page().cursor().orElseThrow()).page();
        assertEquals(List.of(33, 34, 35, 36, 37, 38, 39, 40), positions(lastOfOneRequest.items()));
        assertFalse(lastOfOneRequest.hasMore());
    }

    @Test
    void lookAhead_thatFindsMore_resumesWithoutLosingOrRepeatingItems(Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        // Filtered pages of 5 matches over requests of 10 evaluated items end where a response ends.
        List<Integer> seen = new ArrayList<>();
        Page<Track> page = model.query(TrackSchema.ALBUM.eq("album-1")).filter(TrackSchema.STATE.eq("live")).pageSize(10)
                .limit(5).page();
        int pages = 1;
        seen.addAll(positions(page.items()));
        while (page.hasMore()) {
            page = model.query(TrackSchema.ALBUM.eq("album-1")).filter(TrackSchema.STATE.eq("live")).pageSize(10).limit(5)
                    .startAfter(page.cursor().orElseThrow()).page();
            assertFalse(page.items().isEmpty(), "a cursor leads to items");
            seen.addAll(positions(page.items()));
            pages++;
        }
        assertEquals(4, pages);
        assertEquals(tracks.stream().filter(t -> t.album().equals("album-1") && t.state().equals("live"))
                .map(Track::position).toList(), seen);
        // maxPages can stop the look-ahead: then the cursor stays, and may lead to an empty page.
        Page<Track> bounded = model.query(TrackSchema.ALBUM.eq("album-0")).pageSize(40).maxPages(1).page();
        assertEquals(40, bounded.items().size());
        assertTrue(bounded.hasMore());
    }
}
