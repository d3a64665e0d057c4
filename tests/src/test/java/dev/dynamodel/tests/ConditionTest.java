package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dynamodel.Dynamo;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.schema.AttributeType;
import dev.dynamodel.tests.entities.Track;
import dev.dynamodel.tests.entities.TrackModel;
import dev.dynamodel.tests.entities.TrackSchema;
import dev.dynamodel.tests.support.Face;
import dev.dynamodel.tests.support.TrackData;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operator of the typed conditions, as a scan filter against DynamoDB Local, compared with
 * the same predicate evaluated in Java over the tracks that were written; on both faces ({@link Face}).
 */
@ExtendWith(DynamoLocalExtension.class)
class ConditionTest {
    private static List<Track> tracks;

    @BeforeAll
    static void load(Dynamo dynamo) {
        tracks = TrackData.load(TrackModel.of(dynamo));
    }

    static Stream<Arguments> operators() {
        return Stream.of(
                op("eq", TrackSchema.ARTIST.eq("Nina"), t -> t.artist().equals("Nina")),
                op("ne", TrackSchema.ARTIST.ne("Nina"), t -> !t.artist().equals("Nina")),
                op("in", TrackSchema.YEAR.in(1950, 1952), t -> t.year() == 1950 || t.year() == 1952),
                op("lt", TrackSchema.PLAYS.lt(100L), t -> t.plays() < 100),
                op("le", TrackSchema.PLAYS.le(100L), t -> t.plays() <= 100),
                op("gt", TrackSchema.YEAR.gt(1955), t -> t.year() > 1955),
                op("ge", TrackSchema.YEAR.ge(1955), t -> t.year() >= 1955),
                op("between", TrackSchema.POSITION.between(10, 12), t -> t.position() >= 10 && t.position() <= 12),
                op("beginsWith", TrackSchema.TITLE.beginsWith("The "), t -> t.title().startsWith("The ")),
                op("contains substring", TrackSchema.TITLE.contains("ng 3"), t -> t.title().contains("ng 3")),
                op("contains in set", TrackSchema.TAGS.contains("vocal"), t -> t.tags().contains("vocal")),
                op("contains in list", TrackSchema.CREDITS.contains("credit-7"), t -> t.credits().contains("credit-7")),
                op("exists", TrackSchema.SIZE.exists(), t -> t.size() != null),
                op("notExists", TrackSchema.SIZE.notExists(), t -> t.size() == null),
                op("attributeType", TrackSchema.STUDIO.attributeType(AttributeType.M), t -> t.studio() != null),
                op("size", TrackSchema.TITLE.size().ge(9), t -> t.title().length() >= 9),
                op("and", TrackSchema.STATE.eq("live").and(TrackSchema.YEAR.eq(1951)),
                        t -> t.state().equals("live") && t.year() == 1951),
                op("or", TrackSchema.YEAR.eq(1950).or(TrackSchema.YEAR.eq(1956)), t -> t.year() == 1950 || t.year() == 1956),
                op("not", TrackSchema.STATE.eq("live").not(), t -> !t.state().equals("live")),
                op("grouping", Condition.any(TrackSchema.YEAR.eq(1950), TrackSchema.YEAR.eq(1951))
                        .and(TrackSchema.STATE.eq("studio")), t -> (t.year() == 1950 || t.year() == 1951)
                        && t.state().equals("studio")),
                op("nested document field", TrackSchema.STUDIO.city().eq("Oslo"), t -> t.studio() != null),
                op("map value by key", TrackSchema.RATINGS.key("critics").ge(8), t -> t.ratings().get("critics") >= 8),
                op("list element by index", TrackSchema.CREDITS.index(0).eq("credit-3"), t -> t.credits().get(0).equals("credit-3")),
                op("reserved word and dashed names", TrackSchema.PLAY_COUNT.gt(100L).and(TrackSchema.STATE.eq("live")),
                        t -> t.playCount() > 100 && t.state().equals("live")),
                op("dotted name is one attribute", TrackSchema.SIZE.gt(30), t -> t.size() != null && t.size() > 30));
    }

    /** Each operator on each face. */
    static Stream<Arguments> operatorsOnEachFace() {
        return operators().flatMap(op -> Stream.of(Face.values())
                .map(face -> Arguments.of(face, op.get()[0], op.get()[1], op.get()[2])));
    }

    private static Arguments op(String name, Condition condition, Predicate<Track> expected) {
        return Arguments.of(name, condition, expected);
    }

    @ParameterizedTest(name = "{1} ({0})")
    @MethodSource("operatorsOnEachFace")
    void scanFilter_matchesTheSamePredicateInJava(Face face, String name, Condition condition,
                                                  Predicate<Track> expected, Dynamo dynamo) {
        Set<Track> want = Set.copyOf(tracks.stream().filter(expected).toList());
        assertFalse(want.isEmpty(), "the data set must exercise " + name);
        TrackModel model = TrackModel.of(dynamo);
        Set<Track> got = Set.copyOf(face.call(() -> model.scan().filter(condition).list(),
                () -> model.async().scan().filter(condition).list()));
        assertEquals(want, got, name);
    }
}
