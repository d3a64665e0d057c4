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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Queries against DynamoDB Local: index choice, key/filter split, projections, consistency.
 * Expected results are computed in Java from the same tracks that were written.
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

    @Test
    void query_partitionKeyOnly_returnsTheAlbumInSortKeyOrder(Dynamo dynamo) {
        List<Track> result = TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-1")).list();
        List<Track> expected = expected(t -> t.album().equals("album-1")).stream()
                .sorted(Comparator.comparingInt(Track::position)).toList();
        assertEquals(expected, result);
    }

    @Test
    void query_descending_reversesTheOrder(Dynamo dynamo) {
        List<Track> result = TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-1")).descending().limit(3).list();
        assertEquals(List.of(40, 39, 38), result.stream().map(Track::position).toList());
    }

    @Test
    void query_sortKeyBetween_usesTheTableAndAKeyCondition(Dynamo dynamo) {
        var query = TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-2").and(TrackSchema.POSITION.between(5, 9)));
        QueryRequest request = query.request();
        assertNull(request.indexName());
        assertEquals("#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2", request.keyConditionExpression());
        assertNull(request.filterExpression());
        assertEquals(List.of(5, 6, 7, 8, 9), query.list().stream().map(Track::position).toList());
    }

    @Test
    void query_onGlobalIndexKey_choosesThatIndex_andFiltersTheRest(Dynamo dynamo) {
        var query = TrackModel.of(dynamo).query(TrackSchema.ARTIST.eq("Nina").and(TrackSchema.YEAR.ge(1954)))
                .filter(TrackSchema.STATE.eq("live"));
        QueryRequest request = query.request();
        assertEquals("by-artist", request.indexName());
        assertEquals(Map.of("#n0", "artist", "#n1", "year", "#n2", "status"), request.expressionAttributeNames());
        assertEquals("#n2 = :v2", request.filterExpression());
        assertEquals(set(expected(t -> t.artist().equals("Nina") && t.year() >= 1954 && t.state().equals("live"))),
                set(query.list()));
    }

    @Test
    void query_onLocalIndexSortKey_choosesTheLocalIndex_withItsIncludeProjection(Dynamo dynamo) {
        var query = TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-0").and(TrackSchema.PLAYS.gt(350L)));
        assertEquals("byPlays", query.request().indexName());
        List<Track> result = query.list();
        assertEquals(set(expected(t -> t.album().equals("album-0") && t.plays() > 350)).size(), result.size());
        Track first = result.get(0);
        assertNotNull(first.title(), "INCLUDE projection holds title");
        assertNull(first.state(), "INCLUDE projection leaves out status");
        assertEquals(360L, first.plays());
    }

    @Test
    void query_explicitIndex_winsOverTheAutomaticChoice(Dynamo dynamo) {
        var query = TrackModel.of(dynamo).query(TrackSchema.ARTIST.eq("Ella")).using(TrackSchema.BY_ARTIST_KEYS_ONLY);
        assertEquals("byArtistKeysOnly", query.request().indexName());
        List<Track> result = query.list();
        assertEquals(expected(t -> t.artist().equals("Ella")).size(), result.size());
        assertNull(result.get(0).title(), "KEYS_ONLY projection holds only keys");
        assertEquals("Ella", result.get(0).artist());
    }

    @Test
    void query_usingTable_withoutItsPartitionKey_failsNamingWhatItNeeds(Dynamo dynamo) {
        var query = TrackModel.of(dynamo).query(TrackSchema.ARTIST.eq("Ella")).usingTable();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, query::list);
        assertTrue(e.getMessage().contains("the table (partition key album, sort key position)"), e.getMessage());
    }

    @Test
    void query_withoutAnyPartitionKey_namesEveryIndexAndItsKeys(Dynamo dynamo) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrackModel.of(dynamo).query(TrackSchema.TITLE.eq("Song 1")).list());
        assertEquals("Query on Track needs an eq() condition on a partition key; none of these has one: "
                + "the table (partition key album, sort key position); "
                + "global index by-artist (partition key artist, sort key year); "
                + "global index byArtistKeysOnly (partition key artist); "
                + "local index byPlays (partition key album, sort key plays). Use scan() to read without a key.",
                e.getMessage());
    }

    @Test
    void query_secondConditionOnTheSortKey_isRefusedBeforeSending(Dynamo dynamo) {
        var query = TrackModel.of(dynamo).query(
                TrackSchema.ALBUM.eq("album-0").and(TrackSchema.POSITION.ge(3)).and(TrackSchema.POSITION.le(9)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, query::list);
        assertTrue(e.getMessage().contains("key attribute 'position' cannot be a filter"), e.getMessage());
    }

    @Test
    void consistentRead_onGlobalIndex_isRefused_butAllowedOnTheTable(Dynamo dynamo) {
        var onIndex = TrackModel.of(dynamo).query(TrackSchema.ARTIST.eq("Ella")).consistentRead();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, onIndex::list);
        assertTrue(e.getMessage().contains("global index by-artist"), e.getMessage());
        var onTable = TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-0")).consistentRead();
        assertEquals(Boolean.TRUE, onTable.request().consistentRead());
        assertEquals(40, onTable.list().size());
    }

    @Test
    void select_readsOnlyTheChosenAttributesAndTheKeys(Dynamo dynamo) {
        var query = TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-0")).select(TrackSchema.TITLE);
        Track first = query.list().get(0);
        assertEquals("Song 1", first.title());
        assertEquals("album-0", first.album());
        assertNull(first.artist());
    }

    @Test
    void count_usesSelectCount_andMatchesTheFilter(Dynamo dynamo) {
        var query = TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-2")).filter(TrackSchema.TAGS.contains("vocal"));
        assertEquals(expected(t -> t.album().equals("album-2") && t.tags().contains("vocal")).size(), query.count());
    }

    @Test
    void rawCondition_carriesItsOwnPlaceholders(Dynamo dynamo) {
        Condition raw = Condition.raw("size(#credits) = :two", Map.of("#credits", "credits"),
                Map.of(":two", AttributeValue.fromN("2")));
        assertEquals(40, TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-0")).filter(raw).count());
        // Its placeholders are renamed when sent: one shaped like a generated name binds its own attribute.
        assertEquals(1, TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-0")).filter(Condition.raw("#n0 = :v9",
                Map.of("#n0", "title"), Map.of(":v9", AttributeValue.fromS("Song 7")))).list().size());
        assertThrows(IllegalArgumentException.class,
                () -> Condition.raw("#n0 = :v0", Map.of(), Map.of()), "an undeclared placeholder");
    }

    @Test
    void page_withoutLimit_returnsOneRequestsItems(Dynamo dynamo) {
        Page<Track> page = TrackModel.of(dynamo).query(TrackSchema.ALBUM.eq("album-0")).pageSize(7).page();
        assertEquals(7, page.items().size());
        assertTrue(page.hasMore());
        assertEquals(set(expected(t -> t.album().equals("album-0"))), set(TrackModel.of(dynamo).scan()
                .filter(TrackSchema.ALBUM.eq("album-0")).list()));
        
    }
}
