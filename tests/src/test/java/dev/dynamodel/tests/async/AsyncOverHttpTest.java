package dev.dynamodel.tests.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.RetryPolicy;
import dev.dynamodel.batch.BatchGetResult;
import dev.dynamodel.batch.BatchWriteResult;
import dev.dynamodel.exception.ItemAlreadyExistsException;
import dev.dynamodel.local.DynamoLocal;
import dev.dynamodel.local.FaultInjector;
import dev.dynamodel.local.LocalServer;
import dev.dynamodel.tests.entities.Movie;
import dev.dynamodel.tests.entities.MovieModel;
import dev.dynamodel.tests.entities.MovieSchema;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * The async face over the SDK's real asynchronous path (Netty, signing, JSON) against DynamoDB
 * Local's HTTP server: the plans' later steps (decoding, translating, the next page) never run on
 * Netty's event-loop threads, and the library leaves no thread of its own behind; an asynchronous
 * batch's retries go out from the common pool once the JDK's delay has passed.
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

    @Test
    void batchesAndTransactions_overNetty_retryFromTheCommonPool_neverOnAnEventLoop_andLeaveNoThread() {
        Set<Thread> threadsBefore = Set.copyOf(Thread.getAllStackTraces().keySet());
        Set<String> progressThreads = ConcurrentHashMap.newKeySet();
        Set<String> sendingThreads = ConcurrentHashMap.newKeySet();
        FaultInjector faults = FaultInjector.builder().unprocessedShare(1.0).seed(21).build();
        ExecutionInterceptor sending = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                record(sendingThreads);   // runs on the thread that calls the client
            }
        };
        try (LocalServer server = DynamoLocal.server();
             DynamoDbAsyncClient asyncClient = server.newAsyncClient(faults, sending);
             Dynamo dynamo = Dynamo.builder(server.newClient()).asyncClient(asyncClient)
                     .retryPolicy(RetryPolicy.of(30, Duration.ofMillis(1), Duration.ofMillis(20))).build()) {
            MovieModel movies = MovieModel.of(dynamo);
            movies.createTable();
            List<Movie> films = IntStream.range(0, 300).mapToObj(i -> new Movie(2001, "Batch " + i, null)).toList();

            BatchWriteResult written = dynamo.batchWrite().putAll(movies, films)
                    .onProgress(p -> record(progressThreads)).executeAsync().join();
            BatchGetResult read = dynamo.batchGet()
                    .getAll(movies, films.stream().map(MovieSchema.INSTANCE::keyOf).toList()).executeAsync().join();
            dynamo.writeTransaction().deleteKey(movies, MovieSchema.INSTANCE.key(2001, "Batch 0")).executeAsync().join();

            assertEquals(300, written.written());
            assertTrue(written.retries() > 0, "every call left items unprocessed");
            assertEquals(films, read.found(movies));
            assertEquals(299, movies.query(MovieSchema.YEAR.eq(2001)).count());
            movies.deleteTable();
        }
        assertTrue(sendingThreads.stream().anyMatch(name -> name.startsWith("ForkJoinPool.commonPool")),
                "retries were sent from the common pool after the JDK's delay: " + sendingThreads);
        assertTrue(sendingThreads.stream().noneMatch(name -> name.startsWith("dynamodel")), sendingThreads.toString());
        for (String name : progressThreads) {
            assertFalse(name.toLowerCase().contains("eventloop"), "a step ran on Netty's event loop: " + name);
        }
        Set<Thread> left = new java.util.HashSet<>(Thread.getAllStackTraces().keySet());
        left.removeAll(threadsBefore);
        assertTrue(left.stream().noneMatch(t -> t.getName().startsWith("dynamodel")), "library threads left: " + left);
        // What the default pause uses (the JDK's delay thread, the common pool) must not keep a JVM alive.
        // (They may have been started before this test, by another in this JVM: look at all live threads.)
        List<Thread> delaying = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("CompletableFutureDelayScheduler")
                || t.getName().startsWith("ForkJoinPool.commonPool")).toList();
        assertFalse(delaying.isEmpty(), "the default pause started the JDK's delay thread: " + left);
        assertTrue(delaying.stream().allMatch(Thread::isDaemon), "daemons only: " + delaying);
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
