package dev.dynamodel.tests.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.query.Page;
import dev.dynamodel.query.Query;
import dev.dynamodel.table.TableChange.Kind;
import dev.dynamodel.table.TablePlan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Global indexes with multi-attribute keys (two partition and two sort attributes) against DynamoDB
 * Local: created, written, queried with and without sort conditions, chosen by the key planner,
 * paged with cursors, and re-created by plan()/apply() when their key changes.
 */
@ExtendWith(DynamoLocalExtension.class)
class MultiAttributeIndexTest {
    private static ScoreModel scores;

    /** 24 scores: ids s0..s23; "open" for the first 20, "cup" after; even ids in eu; round i % 3 + 1; points i. */
    @BeforeAll
    static void load(Dynamo dynamo) {
        scores = ScoreModel.of(dynamo);
        scores.createTable();
        for (int i = 0; i < 24; i++) {
            scores.create(new Score("s" + i, i < 20 ? "open" : "cup", i % 2 == 0 ? "eu" : "us", i % 3 + 1, i, "p" + i));
        }
    }

    private static List<Integer> points(List<Score> found) {
        return found.stream().map(Score::points).toList();
    }

    private static String index(Query<Score> query) {
        QueryRequest request = query.request();
        return request.indexName();
    }

    @Test
    void createTable_declaresEveryKeyAttributeInOrder(Dynamo dynamo) {
        GlobalSecondaryIndexDescription byMatch = dynamo.client()
                .describeTable(b -> b.tableName(scores.tableName())).table().globalSecondaryIndexes().stream()
                .filter(i -> i.indexName().equals("byMatch")).findFirst().orElseThrow();
        assertEquals(List.of("tournament HASH", "region HASH", "round RANGE", "points RANGE"),
                byMatch.keySchema().stream().map(k -> k.attributeName() + " " + k.keyTypeAsString()).toList());
    }

    @Test
    void query_withEqOnEveryPartitionAttribute_readsTheIndexInSortOrder() {
        Query<Score> query = scores.query(ScoreSchema.TOURNAMENT.eq("open").and(ScoreSchema.REGION.eq("eu")));
        assertEquals("byMatch", index(query));
        assertEquals("#n0 = :v0 AND #n1 = :v1", query.request().keyConditionExpression());
        assertEquals(List.of(0, 6, 12, 18, 4, 10, 16, 2, 8, 14), points(query.list()), "by round, then by points");
    }

    @Test
    void query_withSortConditions_usesEqOnLeadingAttributesAndOneRangeOnTheNext() {
        // tag::query[]
        List<Score> roundOneHigh = scores.query(ScoreSchema.TOURNAMENT.eq("open")
                        .and(ScoreSchema.REGION.eq("eu"))
                        .and(ScoreSchema.ROUND.eq(1))
                        .and(ScoreSchema.POINTS.ge(10)))
                .list();
        // end::query[]
        assertEquals(List.of(12, 18), points(roundOneHigh));
        Query<Score> laterRounds = scores.query(ScoreSchema.TOURNAMENT.eq("open").and(ScoreSchema.REGION.eq("eu"))
                .and(ScoreSchema.ROUND.ge(2)));
        assertEquals("byMatch", index(laterRounds));
        assertEquals(List.of(4, 10, 16, 2, 8, 14), points(laterRounds.list()));
        Query<Score> between = scores.query(ScoreSchema.TOURNAMENT.eq("open").and(ScoreSchema.REGION.eq("us"))
                .and(ScoreSchema.ROUND.eq(3)).and(ScoreSchema.POINTS.between(5, 12)));
        assertEquals("#n0 = :v0 AND #n1 = :v1 AND #n2 = :v2 AND #n3 BETWEEN :v3 AND :v4",
                between.request().keyConditionExpression());
        assertEquals(List.of(5, 11), points(between.list()));
    }

    @Test
    void indexChoice_needsEqOnEveryPartitionAttribute_andPrefersMoreKeyConditions() {
        assertEquals("byTournament", index(scores.query(ScoreSchema.TOURNAMENT.eq("open"))),
                "byMatch needs region too");
        assertEquals("byTournament", index(scores.query(ScoreSchema.TOURNAMENT.eq("open")
                .and(ScoreSchema.ROUND.eq(2)))));
        assertEquals("byMatch", index(scores.query(ScoreSchema.TOURNAMENT.eq("open").and(ScoreSchema.ROUND.eq(2))
                .and(ScoreSchema.REGION.eq("us")))), "three key conditions beat two");
        assertEquals(null, index(scores.query(ScoreSchema.ID.eq("s1"))));
    }

    @Test
    void query_withARangeOnALaterSortAttributeOnly_saysTheRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> scores.query(
                ScoreSchema.TOURNAMENT.eq("open").and(ScoreSchema.REGION.eq("eu")).and(ScoreSchema.POINTS.gt(5))).list());
        assertEquals("Query on global index byMatch (partition key tournament + region, sort key round + points): "
                + "the condition on key attribute 'points' cannot be a filter (DynamoDB refuses filters on key "
                + "attributes); use one key condition per key, for a range use between(), and on a multi-attribute "
                + "sort key eq() on the attributes before the one with a range", e.getMessage());
    }

    @Test
    void cursor_carriesEveryKeyAttribute_andResumesTheQuery() {
        Query<Score> query = scores.query(ScoreSchema.TOURNAMENT.eq("open").and(ScoreSchema.REGION.eq("eu")));
        List<Score> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Query<Score> next = scores.query(ScoreSchema.TOURNAMENT.eq("open").and(ScoreSchema.REGION.eq("eu")))
                    .limit(3);
            Page<Score> page = (cursor == null ? next : next.startAfter(cursor)).page();
            all.addAll(page.items());
            cursor = page.cursor().orElse(null);
            pages++;
        } while (cursor != null);
        assertEquals(4, pages, "10 items, 3 a page");
        assertEquals(points(query.list()), points(all));
    }

    @Test
    void planAndApply_recreateAnIndexWhoseKeyChanged_withoutLosingAnItem(Dynamo shared) {
        Dynamo dynamo = Dynamo.builder(shared.client()).tablePrefix(shared.tablePrefix() + "regroup_").build();
        ScoreModel before = ScoreModel.of(dynamo);
        before.createTable();
        for (int i = 0; i < 12; i++) {
            before.create(new Score("s" + i, "open", i % 2 == 0 ? "eu" : "us", i % 3 + 1, i, "p" + i));
        }
        RegroupedScoreModel after = RegroupedScoreModel.of(dynamo);
        TablePlan plan = after.plan();
        assertEquals("table " + after.tableName() + ":\n"
                + "  remove global index byMatch (tournament S HASH, region S HASH, round N RANGE, points N RANGE; "
                + "projection ALL) to add it again as declared, since DynamoDB cannot change an index's key or "
                + "projection; queries on it fail until it is back\n"
                + "  add global index byMatch (tournament S HASH, region S HASH, round N RANGE; projection ALL)",
                plan.toString());
        assertEquals(List.of(Kind.REMOVE_INDEX, Kind.ADD_INDEX), plan.kinds());
        after.apply();
        assertEquals(12, after.scan().count());
        assertTrue(after.plan().isEmpty(), "a second plan finds nothing");
        List<RegroupedScore> eu = after.query(RegroupedScoreSchema.TOURNAMENT.eq("open")
                .and(RegroupedScoreSchema.REGION.eq("eu"))).list();
        assertEquals("byMatch", after.query(RegroupedScoreSchema.TOURNAMENT.eq("open")
                .and(RegroupedScoreSchema.REGION.eq("eu"))).request().indexName());
        assertEquals(List.of(1, 1, 2, 2, 3, 3), eu.stream().map(RegroupedScore::round).toList(),
                "the re-created index holds the items written before, sorted by round alone");
        assertEquals(java.util.Set.of(0, 2, 4, 6, 8, 10),
                eu.stream().map(RegroupedScore::points).collect(java.util.stream.Collectors.toSet()));
    }
}
