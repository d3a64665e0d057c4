package dev.dynamodel.tests.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.ItemAlreadyExistsException;
import dev.dynamodel.local.DynamoLocal;
import dev.dynamodel.local.LocalServer;
import dev.dynamodel.tests.entities.Movie;
import dev.dynamodel.tests.entities.MovieModel;
import dev.dynamodel.tests.entities.MovieSchema;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * The async face over the SDK's real asynchronous path (Netty, signing, JSON) against DynamoDB
 * Local's HTTP server: the plans' later steps (decoding, translating, the next page) never run on
 * Netty's event-loop threads, and the library leaves no thread of its own behind.
 */
class AsyncOverHttpTest {

    @Test
    void crudAndQuery_overNetty_neverOnAnEventLoopThread() {
        Set<String> threadsBefore = liveThreadNames();
        Set<String> callbackThreads = ConcurrentHashMap.newKeySet();
        try (LocalServer server = DynamoLocal.server();
             DynamoDbAsyncClient asyncClient = DynamoDbAsyncClient.builder()
                     .endpointOverride(server.endpoint())
                     .region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                     .build();
             Dynamo dynamo = Dynamo.builder(server.newClient()).asyncClient(asyncClient).build()) {
            MovieModel movies = MovieModel.of(dynamo);
            movies.createTable();
            MovieModel.Async async = movies.async();
            async.create(new Movie(1999, "The Matrix", null)).whenComplete((m, e) -> record(callbackThreads)).join();
            Throwable twice = async.create(new Movie(1999, "The Matrix", null))
                    .handle((m, e) -> { record(callbackThreads); return e; }).join();
            assertInstanceOf(ItemAlreadyExistsException.class, twice);
            assertEquals(Optional.of(new Movie(1999, "The Matrix", null)),
                    async.get(1999, "The Matrix").whenComplete((m, e) -> record(callbackThreads)).join());
            IntStream.range(0, 12).forEach(i -> movies.save(new Movie(2000, "Film " + i, null)));
            List<Movie> films = async.query(MovieSchema.YEAR.eq(2000).and(MovieSchema.TITLE.beginsWith("Film")))
                    .pageSize(5)
                    .list().whenComplete((m, e) -> record(callbackThreads)).join();
            assertEquals(12, films.size());
            movies.deleteTable();
        }
        assertTrue(callbackThreads.stream().anyMatch(name -> name.startsWith("sdk-async-response")),
                "the steps ran where the SDK completes its futures: " + callbackThreads);
        for (String name : callbackThreads) {
            assertFalse(name.toLowerCase().contains("eventloop"), "a step ran on Netty's event loop: " + name);
        }
        Set<String> left = liveThreadNames();
        left.removeAll(threadsBefore);
        assertTrue(left.stream().noneMatch(name -> name.startsWith("dynamodel")), "library threads left: " + left);
    }

    private static void record(Set<String> threads) {
        threads.add(Thread.currentThread().getName());
    }

    private static Set<String> liveThreadNames() {
        Set<String> names = ConcurrentHashMap.newKeySet();
        Thread.getAllStackTraces().keySet().forEach(t -> names.add(t.getName()));
        return names;
    }
}
