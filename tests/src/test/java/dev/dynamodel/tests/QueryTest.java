package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.query.Page;
import dev.dynamodel.tests.support.Face;
import dev.dynamodel.tests.support.TrackData;
import dev.dynamodel.tests.entities.Track;
import dev.dynamodel.tests.entities.TrackModel;
import dev.dynamodel.tests.entities.TrackSchema;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Queries against DynamoDB Local: index choice, key/filter split, projections, consistency.
 * Expected results are computed in Java from the same tracks that were written. The cases the
 * async face can run, on both faces ({@link Face}): {@code list()}, {@code page()}, {@code count()}, {@code request()}.
 */
@ExtendWith(DynamoLocalExtension.class)
class QueryTest {
    private static List<Track> tracks;

    @BeforeAll
    static void load(Dynamo dynamo) {
        tracks = TrackData.load(TrackModel.of(dynamo));
    }

    private static List<Track> expected(Predicate<Track> filter) {
        return tracks.stream().filter(filter).toList();
    }

    private static Set<Track> set(List<Track> tracks) {
        return Set.copyOf(tracks);
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void query_partitionKeyOnly_returnsTheAlbumInSortKeyOrder(Face face, Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        Condition album = TrackSchema.ALBUM.eq("album-1");
        List<Track> result = face.call(() -> model.query(album).list(), () -> model.async().query(album).list());
        List<Track> expected = expected(t -> t.album().equals("album-1")).stream()
                .sorted(Comparator.comparingInt(Track::position)).toList();
        assertEquals(expected, result);
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void query_descending_reversesTheOrder(Face face, Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        Condition album = TrackSchema.ALBUM.eq("album-1");
        List<Track> result = face.call(() -> model.query(album).descending().limit(3).list(),
                () -> model.async().query(album).descending().limit(3).list());
        assertEquals(List.of(40, 39, 38), result.stream().map(Track::position).toList());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void query_sortKeyBetween_usesTheTableAndAKeyCondition(Face face, Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        Condition key = TrackSchema.ALBUM.eq("album-2").and(TrackSchema.POSITION.between(5, 9));
        QueryRequest request = face.pick(() -> model.query(key).request(), () -> model.async().query(key).request());
        assertNull(request.indexName());
        assertEquals("#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2", request.keyConditionExpression());
        assertNull(request.filterExpression());
        assertEquals(List.of(5, 6, 7, 8, 9), face.call(() -> model.query(key).list(), () -> model.async().query(key).list())
                .stream().map(Track::position).toList());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void query_onGlobalIndexKey_choosesThatIndex_andFiltersTheRest(Face face, Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        Condition key = TrackSchema.ARTIST.eq("Nina").and(TrackSchema.YEAR.ge(1954));
        Condition live = TrackSchema.STATE.eq("live");
        QueryRequest request = face.pick(() -> model.query(key).filter(live).request(),
                () -> model.async().query(key).filter(live).request());
        assertEquals("by-artist", request.indexName());
        assertEquals(Map.of("#n0", "artist", "#n1", "year", "#n2", "status"), request.expressionAttributeNames());
        assertEquals("#n2 = :v2", request.filterExpression());
        assertEquals(set(expected(t -> t.artist().equals("Nina") && t.year() >= 1954 && t.state().equals("live"))),
                set(face.call(() -> model.query(key).filter(live).list(), () -> model.async().query(key).filter(live).list())));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void query_onLocalIndexSortKey_choosesTheLocalIndex_withItsIncludeProjection(Face face, Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        Condition key = TrackSchema.ALBUM.eq("album-0").and(TrackSchema.PLAYS.gt(350L));
        assertEquals("byPlays", face.pick(() -> model.query(key).request(), () -> model.async().query(key).request()).indexName());
        List<Track> result = face.call(() -> model.query(key).list(), () -> model.async().query(key).list());
        assertEquals(set(expected(t -> t.album().equals("album-0") && t.plays() > 350)).size(), result.size());
        Track first = result.get(0);
        assertNotNull(first.title(), "INCLUDE projection holds title");
        assertNull(first.state(), "INCLUDE projection leaves out status");
        assertEquals(360L, first.plays());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void query_explicitIndex_winsOverTheAutomaticChoice(Face face, Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        Condition ella = TrackSchema.ARTIST.eq("Ella");
        assertEquals("byArtistKeysOnly", face.pick(() -> model.query(ella).using(TrackSchema.BY_ARTIST_KEYS_ONLY).request(),
                () -> model.async().query(ella).using(TrackSchema.BY_ARTIST_KEYS_ONLY).request()).indexName());
        List<Track> result = face.call(() -> model.query(ella).using(TrackSchema.BY_ARTIST_KEYS_ONLY).list(),
                () -> model.async().query(ella).using(TrackSchema.BY_ARTIST_KEYS_ONLY).list());
        assertEquals(expected(t -> t.artist().equals("Ella")).size(), result.size());
        assertNull(result.get(0).title(), "KEYS_ONLY projection holds only keys");
        assertEquals("Ella", result.get(0).artist());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void query_usingTable_withoutItsPartitionKey_failsNamingWhatItNeeds(Face face, Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        Condition ella = TrackSchema.ARTIST.eq("Ella");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> face.call(
                () -> model.query(ella).usingTable().list(), () -> model.async().query(ella).usingTable().list()));
        assertTrue(e.getMessage().contains("the table (partition key album, sort key position)"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void query_withoutAnyPartitionKey_namesEveryIndexAndItsKeys(Face face, Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        Condition title = TrackSchema.TITLE.eq("Song 1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> face.call(() -> model.query(title).list(), () -> model.async().query(title).list()));
        assertEquals("Query on Track needs an eq() condition on a partition key; none of these has one: "
                + "the table (partition key album, sort key position); "
                + "global index by-artist (partition key artist, sort key year); "
                + "global index byArtistKeysOnly (partition key artist); "
                + "local index byPlays (partition key album, sort key plays). Use scan() to read without a key.",
                e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void query_secondConditionOnTheSortKey_isRefusedBeforeSending(Face face, Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        Condition twice = TrackSchema.ALBUM.eq("album-0").and(TrackSchema.POSITION.ge(3)).and(TrackSchema.POSITION.le(9));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> face.call(() -> model.query(twice).list(), () -> model.async().query(twice).list()));
        assertTrue(e.getMessage().contains("key attribute 'position' cannot be a filter"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void consistentRead_onGlobalIndex_isRefused_butAllowedOnTheTable(Face face, Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        Condition ella = TrackSchema.ARTIST.eq("Ella");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> face.call(
                () -> model.query(ella).consistentRead().list(), () -> model.async().query(ella).consistentRead().list()));
        assertTrue(e.getMessage().contains("global index by-artist"), e.getMessage());
        Condition album = TrackSchema.ALBUM.eq("album-0");
        assertEquals(Boolean.TRUE, face.pick(() -> model.query(album).consistentRead().request(),
                () -> model.async().query(album).consistentRead().request()).consistentRead());
        assertEquals(40, face.call(() -> model.query(album).consistentRead().list(),
                () -> model.async().query(album).consistentRead().list()).size());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void select_readsOnlyTheChosenAttributesAndTheKeys(Face face, Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        Condition album = TrackSchema.ALBUM.eq("album-0");
        Track first = face.call(() -> model.query(album).select(TrackSchema.TITLE).list(),
                () -> model.async().query(album).select(TrackSchema.TITLE).list()).get(0);
        assertEquals("Song 1", first.title());
        assertEquals("album-0", first.album());
        assertNull(first.artist());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void count_usesSelectCount_andMatchesTheFilter(Face face, Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        Condition album = TrackSchema.ALBUM.eq("album-2");
        Condition vocal = TrackSchema.TAGS.contains("vocal");
        assertEquals(expected(t -> t.album().equals("album-2") && t.tags().contains("vocal")).size(),
                face.call(() -> model.query(album).filter(vocal).count(), () -> model.async().query(album).filter(vocal).count()));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void rawCondition_carriesItsOwnPlaceholders(Face face, Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        Condition album = TrackSchema.ALBUM.eq("album-0");
        Condition raw = Condition.raw("size(#credits) = :two", Map.of("#credits", "credits"),
                Map.of(":two", AttributeValue.fromN("2")));
        assertEquals(40, face.call(() -> model.query(album).filter(raw).count(),
                () -> model.async().query(album).filter(raw).count()));
        // Its placeholders are renamed when sent: one shaped like a generated name binds its own attribute.
        Condition shaped = Condition.raw("#n0 = :v9", Map.of("#n0", "title"), Map.of(":v9", AttributeValue.fromS("Song 7")));
        assertEquals(1, face.call(() -> model.query(album).filter(shaped).list(),
                () -> model.async().query(album).filter(shaped).list()).size());
        assertThrows(IllegalArgumentException.class,
                () -> Condition.raw("#n0 = :v0", Map.of(), Map.of()), "an undeclared placeholder");
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void page_withoutLimit_returnsOneRequestsItems(Face face, Dynamo dynamo) {
        TrackModel model = TrackModel.of(dynamo);
        Condition album = TrackSchema.ALBUM.eq("album-0");
        Page<Track> page = face.call(() -> model.query(album).pageSize(7).page(),
                () -> model.async().query(album).pageSize(7).page());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), page.items().stream().map(Track::position).toList());
        assertTrue(page.hasMore());
        assertEquals(set(expected(t -> t.album().equals("album-0"))), set(face.call(() -> model.scan().filter(album).list(),
                () -> model.async().scan().filter(album).list())));
    }
}
