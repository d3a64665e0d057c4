package dev.dynamodel.benchmarks.operations;

import dev.dynamodel.Dynamo;
import dev.dynamodel.benchmarks.shapes.movie.Movie;
import dev.dynamodel.benchmarks.shapes.movie.MovieBean;
import dev.dynamodel.benchmarks.shapes.movie.MovieHand;
import dev.dynamodel.benchmarks.shapes.movie.MovieModel;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbAsyncTable;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedAsyncClient;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * The three subjects of the asynchronous operation benchmarks, each over the same
 * {@link StubDynamoDbAsyncClient}, which answers with the canned responses of
 * {@link OperationSubjects} (the movie "Rush"; the first {@value OperationSubjects#QUERY_ITEMS}
 * movies of {@value OperationSubjects#QUERY_YEAR}) as completed futures. Set up once per benchmark
 * thread, as an application would keep them.
 *
 * <pre>{@code
 * AsyncOperationSubjects subjects = new AsyncOperationSubjects();
 * subjects.setUp();
 * Movie rush = subjects.movies.get(2013, "Rush").join().orElseThrow();
 * }</pre>
 */
@State(Scope.Thread)
public class AsyncOperationSubjects {
    public Movie movie;
    public MovieBean movieBean;
    public DynamoDbAsyncClient client;
    public MovieModel.Async movies;
    public DynamoDbAsyncTable<MovieBean> enhancedTable;

    @Setup
    public void setUp() {
        movie = Movie.rush();
        movieBean = MovieBean.of(movie);
        client = new StubDynamoDbAsyncClient(MovieHand.toItem(movie), OperationSubjects.queryItems());
        movies = MovieModel.of(Dynamo.builder(client).build()).async();
        enhancedTable = DynamoDbEnhancedAsyncClient.builder().dynamoDbClient(client).build()
                .table(OperationSubjects.TABLE, TableSchema.fromBean(MovieBean.class));
    }
}
