package dev.dynamodel.benchmarks.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamodel.benchmarks.shapes.mixed.Order;
import dev.dynamodel.benchmarks.shapes.mixed.OrderBean;
import dev.dynamodel.benchmarks.shapes.mixed.OrderHand;
import dev.dynamodel.benchmarks.shapes.mixed.OrderSchema;
import dev.dynamodel.benchmarks.shapes.mixed.OrderStaticSchema;
import dev.dynamodel.benchmarks.shapes.movie.Movie;
import dev.dynamodel.benchmarks.shapes.movie.MovieBean;
import dev.dynamodel.benchmarks.shapes.movie.MovieData;
import dev.dynamodel.benchmarks.shapes.movie.MovieHand;
import dev.dynamodel.benchmarks.shapes.movie.MovieSchema;
import dev.dynamodel.benchmarks.shapes.movie.MovieStaticSchema;
import dev.dynamodel.benchmarks.shapes.small.Session;
import dev.dynamodel.benchmarks.shapes.small.SessionBean;
import dev.dynamodel.benchmarks.shapes.small.SessionHand;
import dev.dynamodel.benchmarks.shapes.small.SessionSchema;
import dev.dynamodel.benchmarks.shapes.small.SessionStaticSchema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The benchmark compares like with like only if every subject writes the same item and reads it
 * back unchanged. Timestamps are compared as instants: dynamodel writes a fixed nine-digit
 * fraction ({@code ...00.000000000Z}) where the SDK writes {@code Instant.toString()}.
 */
class SubjectsAgreeTest {
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z");

    @Test
    void small_allSubjectsWriteTheSameItemAndReadItBack() {
        Session session = Session.sample();
        SessionBean bean = SessionBean.of(session);
        TableSchema<SessionBean> beanSchema = TableSchema.fromBean(SessionBean.class);

        Map<String, AttributeValue> hand = SessionHand.toItem(session);
        assertSameItem(hand, SessionSchema.INSTANCE.toItem(session));
        assertSameItem(hand, beanSchema.itemToMap(bean, true));
        assertSameItem(hand, SessionStaticSchema.SCHEMA.itemToMap(bean, true));

        assertEquals(session, SessionSchema.INSTANCE.fromItem(SessionSchema.INSTANCE.toItem(session)));
        assertEquals(session, SessionHand.fromItem(hand));
        assertEquals(bean, beanSchema.mapToItem(beanSchema.itemToMap(bean, true)));
        assertEquals(bean, SessionStaticSchema.SCHEMA.mapToItem(SessionStaticSchema.SCHEMA.itemToMap(bean, true)));
    }

    @Test
    void mixed_allSubjectsWriteTheSameItemAndReadItBack() {
        Order order = Order.sample();
        OrderBean bean = OrderBean.of(order);
        TableSchema<OrderBean> beanSchema = TableSchema.fromBean(OrderBean.class);

        Map<String, AttributeValue> hand = OrderHand.toItem(order);
        assertEquals(10, hand.size());
        assertSameItem(hand, OrderSchema.INSTANCE.toItem(order));
        assertSameItem(hand, beanSchema.itemToMap(bean, true));
        assertSameItem(hand, OrderStaticSchema.SCHEMA.itemToMap(bean, true));

        assertEquals(order, OrderSchema.INSTANCE.fromItem(OrderSchema.INSTANCE.toItem(order)));
        assertEquals(order, OrderHand.fromItem(hand));
        assertEquals(bean, beanSchema.mapToItem(beanSchema.itemToMap(bean, true)));
        assertEquals(bean, OrderStaticSchema.SCHEMA.mapToItem(OrderStaticSchema.SCHEMA.itemToMap(bean, true)));
    }

    @Test
    void movie_allSubjectsWriteTheSameItemAndReadItBack_forEveryMovieInTheSampleData() {
        List<Movie> movies = MovieData.load();
        assertEquals(4609, movies.size());
        assertEquals(Movie.rush(), movies.get(0));
        TableSchema<MovieBean> beanSchema = TableSchema.fromBean(MovieBean.class);

        for (Movie movie : movies) {
            MovieBean bean = MovieBean.of(movie);
            Map<String, AttributeValue> hand = MovieHand.toItem(movie);
            assertSameItem(hand, MovieSchema.INSTANCE.toItem(movie));
            assertSameItem(hand, beanSchema.itemToMap(bean, true));
            assertSameItem(hand, MovieStaticSchema.SCHEMA.itemToMap(bean, true));

            assertEquals(movie, MovieSchema.INSTANCE.fromItem(MovieSchema.INSTANCE.toItem(movie)));
            assertEquals(movie, MovieHand.fromItem(hand));
            assertEquals(bean, beanSchema.mapToItem(beanSchema.itemToMap(bean, true)));
            assertEquals(bean, MovieStaticSchema.SCHEMA.mapToItem(MovieStaticSchema.SCHEMA.itemToMap(bean, true)));
        }
    }

    private static void assertSameItem(Map<String, AttributeValue> expected, Map<String, AttributeValue> actual) {
        assertEquals(normalize(AttributeValue.fromM(expected)), normalize(AttributeValue.fromM(actual)));
    }

    /** The value with every ISO instant string rewritten in one notation. */
    private static AttributeValue normalize(AttributeValue value) {
        if (value.s() != null && ISO_INSTANT.matcher(value.s()).matches()) {
            return AttributeValue.fromS(Instant.parse(value.s()).toString());
        }
        if (value.hasM()) {
            return AttributeValue.fromM(value.m().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> normalize(e.getValue()))));
        }
        if (value.hasL()) {
            return AttributeValue.fromL(value.l().stream().map(SubjectsAgreeTest::normalize).toList());
        }
        return value;
    }
}
