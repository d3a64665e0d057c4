package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.tests.entities.Movie;
import dev.dynamodel.tests.entities.MovieModel;
import dev.dynamodel.tests.entities.MovieSchema;
import dev.dynamodel.tests.support.MovieData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * Queries over the 4,609 movies of the sample data, with expected counts computed directly from
 * the JSON file (not from our own mapping).
 */
@ExtendWith(DynamoLocalExtension.class)
class MovieQueryTest {
    private static List<JsonNode> json;

    @BeforeAll
    static void load(Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        movies.createTableIfNotExists();
        MovieData.movies().forEach(movies::save);
        json = MovieData.json();
    }

    private static long countJson(java.util.function.Predicate<Map<String, JsonNode>> predicate) {
        return json.stream().map(JsonNode::asObject).filter(predicate).count();
    }

    private static int year(Map<String, JsonNode> m) {
        return Integer.parseInt(m.get("year").asNumber());
    }

    private static Map<String, JsonNode> info(Map<String, JsonNode> m) {
        return m.get("info").asObject();
    }

    @Test
    void allMoviesOfOneYear(Dynamo dynamo) {
        long expected = countJson(m -> year(m) == 2013);
        List<Movie> result = MovieModel.of(dynamo).query(MovieSchema.YEAR.eq(2013)).list();
        assertEquals(expected, result.size());
        assertTrue(expected > 100);
        assertEquals(expected, MovieModel.of(dynamo).query(MovieSchema.YEAR.eq(2013)).count());
    }

    @Test
    void oneYear_titlesInARange(Dynamo dynamo) {
        long expected = countJson(m -> year(m) == 1999 && m.get("title").asString().compareTo("A") >= 0
                && m.get("title").asString().compareTo("M") <= 0);
        List<Movie> result = MovieModel.of(dynamo).query(MovieSchema.YEAR.eq(1999).and(MovieSchema.TITLE.between("A", "M"))).list();
        assertEquals(expected, result.size());
        assertTrue(expected > 10);
    }

    @Test
    void oneYear_titlePrefix(Dynamo dynamo) {
        long expected = countJson(m -> year(m) == 2010 && m.get("title").asString().startsWith("The"));
        assertEquals(expected, MovieModel.of(dynamo).query(MovieSchema.YEAR.eq(2010).and(MovieSchema.TITLE.beginsWith("The"))).count());
    }

    @Test
    void nestedFilters_onRatingAndGenres(Dynamo dynamo) {
        long expected = countJson(m -> year(m) == 2012 && info(m).containsKey("rating")
                && new BigDecimal(info(m).get("rating").asNumber()).compareTo(new BigDecimal("7.5")) >= 0
                && info(m).containsKey("genres")
                && info(m).get("genres").asArray().stream().anyMatch(g -> g.asString().equals("Drama")));
        List<Movie> result = MovieModel.of(dynamo).query(MovieSchema.YEAR.eq(2012))
                .filter(MovieSchema.INFO.rating().ge(new BigDecimal("7.5")).and(MovieSchema.INFO.genres().contains("Drama")))
                .list();
        assertEquals(expected, result.size());
        assertTrue(expected > 5);
    }

    @Test
    void scanCount_acrossAllYears_onANestedListSize(Dynamo dynamo) {
        long expected = countJson(m -> info(m).containsKey("actors") && info(m).get("actors").asArray().size() >= 3);
        assertEquals(expected, MovieModel.of(dynamo).scan().filter(MovieSchema.INFO.actors().size().ge(3)).count());
        assertEquals(4609, MovieModel.of(dynamo).scan().parallel(4).count());
    }
}
