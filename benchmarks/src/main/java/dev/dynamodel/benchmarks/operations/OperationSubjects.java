package dev.dynamodel.benchmarks.operations;

import dev.dynamodel.Dynamo;
import dev.dynamodel.benchmarks.shapes.movie.Movie;
import dev.dynamodel.benchmarks.shapes.movie.MovieBean;
import dev.dynamodel.benchmarks.shapes.movie.MovieHand;
import dev.dynamodel.benchmarks.shapes.movie.MovieModel;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The three subjects of the operation benchmarks, each over the same {@link StubDynamoDbClient}
 * that returns the movie "Rush" on every GetItem. Set up once per benchmark thread, as an
 * application would keep them.
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

    public Movie movie;
    public MovieBean movieBean;
    public DynamoDbClient client;
    public MovieModel movies;
    public DynamoDbTable<MovieBean> enhancedTable;

    @Setup
    public void setUp() {
        movie = Movie.rush();
        movieBean = MovieBean.of(movie);
        client = new StubDynamoDbClient(MovieHand.toItem(movie));
        movies = MovieModel.of(Dynamo.of(client));
        enhancedTable = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build()
                .table(TABLE, TableSchema.fromBean(MovieBean.class));
    }
}
