package dev.dynamodel.benchmarks.operations;

import dev.dynamodel.Dynamo;
import dev.dynamodel.benchmarks.shapes.movie.Movie;
import dev.dynamodel.benchmarks.shapes.movie.MovieBean;
import dev.dynamodel.benchmarks.shapes.movie.MovieHand;
import dev.dynamodel.benchmarks.shapes.movie.MovieData;
import dev.dynamodel.benchmarks.shapes.movie.MovieModel;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The three subjects of the operation benchmarks, each over the same {@link StubDynamoDbClient}
 * that returns the movie "Rush" on every GetItem and the first {@value #QUERY_ITEMS} movies of 2013
 * in moviedata.json on every Query. Set up once per benchmark thread, as an application would
 * keep them.
 *
 * <pre>{@code
 * OperationSubjects subjects = new OperationSubjects();
 * subjects.setUp();
 * Movie rush = subjects.movies.get(2013, "Rush").orElseThrow();
 * }</pre>
 */
@State(Scope.Thread)
public class OperationSubjects {
    /** The table name every subject uses. */
    public static final String TABLE = "Movies";
    /** How many items the canned Query response holds: one full page of a typical list screen. */
    public static final int QUERY_ITEMS = 25;
    /** The partition every Query asks for; the canned items are from this year. */
    public static final int QUERY_YEAR = 2013;

    public Movie movie;
    public MovieBean movieBean;
    public DynamoDbClient client;
    public MovieModel movies;
    public DynamoDbTable<MovieBean> enhancedTable;

    @Setup
    public void setUp() {
        movie = Movie.rush();
        movieBean = MovieBean.of(movie);
        client = new StubDynamoDbClient(MovieHand.toItem(movie), queryItems());
        movies = MovieModel.of(Dynamo.of(client));
        enhancedTable = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build()
                .table(TABLE, TableSchema.fromBean(MovieBean.class));
    }

    /** Real movies rather than 25 copies of one, so that item sizes vary as they would. */
    static List<Map<String, AttributeValue>> queryItems() {
        List<Map<String, AttributeValue>> items = MovieData.load().stream()
                .filter(m -> m.year() == QUERY_YEAR)
                .limit(QUERY_ITEMS)
                .map(MovieHand::toItem)
                .toList();
        if (items.size() != QUERY_ITEMS) {
            throw new IllegalStateException("moviedata.json has only " + items.size() + " movies of " + QUERY_YEAR);
        }
        return items;
    }
}
