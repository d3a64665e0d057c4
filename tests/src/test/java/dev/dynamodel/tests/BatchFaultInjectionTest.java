package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.RetryPolicy;
import dev.dynamodel.batch.BatchGetResult;
import dev.dynamodel.batch.BatchWriteException;
import dev.dynamodel.batch.BatchWriteResult;
import dev.dynamodel.batch.UnwrittenItem;
import dev.dynamodel.local.DynamoLocal;
import dev.dynamodel.local.FaultInjector;
import dev.dynamodel.local.LocalServer;
import dev.dynamodel.tests.entities.Movie;
import dev.dynamodel.tests.entities.MovieModel;
import dev.dynamodel.tests.entities.MovieSchema;
import dev.dynamodel.tests.rules.Session;
import dev.dynamodel.tests.support.Face;
import dev.dynamodel.tests.rules.SessionModel;
import java.time.Instant;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Batch writes and gets through a client that throttles and leaves items unprocessed on purpose:
 * every item ends up written exactly once, and when retries run out the exception names exactly
 * the items missing from the table. The faults come from a {@link FaultInjector} in SDK clients of
 * DynamoDB Local's HTTP server (the embedded database's client runs no interceptors).
 */
class BatchFaultInjectionTest {
    private static final RetryPolicy QUICK = RetryPolicy.of(20, Duration.ofMillis(2), Duration.ofMillis(50));
    private static LocalServer server;
    private static Dynamo dynamo;

    @BeforeAll
    static void start() {
        server = DynamoLocal.server();
        dynamo = server.dynamo();
    }

    @AfterAll
    static void stop() {
        dynamo.close();
        server.close();
    }

    /** A fresh table per test, so counts cover only that test's items. */
    private static MovieModel freshTable(String name) {
        Dynamo prefixed = Dynamo.builder(dynamo.client()).tablePrefix(name + "_").build();
        MovieModel movies = MovieModel.of(prefixed);
        movies.createTable();
        return movies;
    }

    private static Dynamo faulty(MovieModel movies, FaultInjector faults, RetryPolicy policy) {
        DynamoDbClient client = server.newClient(faults);
        return Dynamo.builder(client).tablePrefix(movies.dynamo().tablePrefix()).retryPolicy(policy)
                .onClose(client::close).build();
    }

    /** Both clients through the same injector: each {@link Face} sends through its own. */
    private static Dynamo faulty(MovieModel movies, FaultInjector faults, RetryPolicy policy,
                                 ScheduledExecutorService scheduler) {
        DynamoDbClient client = server.newClient(faults);
        DynamoDbAsyncClient asyncClient = server.newAsyncClient(faults);
        Dynamo.Builder builder = Dynamo.builder(client).asyncClient(asyncClient)
                .tablePrefix(movies.dynamo().tablePrefix()).retryPolicy(policy)
                .onClose(client::close).onClose(asyncClient::close);
        return (scheduler == null ? builder : builder.retryScheduler(scheduler)).build();
    }

    private static List<Movie> generated(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Movie(1900 + i % 120, "Generated " + i, null)).toList();
    }

    private static Set<Map<String, AttributeValue>> storedKeys(MovieModel movies) {
        return movies.scan().stream().map(MovieSchema.INSTANCE::keyOf).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void tenThousandItems_under30PercentUnprocessedAnd10PercentThrottling_areAllWrittenOnce(Face face) {
        MovieModel movies = freshTable("tenk_" + face);
        FaultInjector faults = FaultInjector.builder()
                .unprocessedShare(0.3).throttleShare(0.1).seed(42).build();
        Dynamo flaky = faulty(movies, faults, QUICK, null);
        List<Movie> items = generated(10_000);

        BatchWriteResult result = face.execute(flaky.batchWrite().putAll(movies, items).concurrency(4));

        assertEquals(10_000, result.written());
        assertEquals(400 + result.retries(), result.requests());
        assertTrue(result.throttled() > 0 && faults.heldBackItems() > 0, "faults were injected");
        assertEquals(faults.throttledCalls(), result.throttled());
        assertEquals(10_000, movies.scan().count(), "Select.COUNT scan");
        assertEquals(items.stream().map(MovieSchema.INSTANCE::keyOf).collect(Collectors.toSet()), storedKeys(movies));

        BatchGetResult read = face.execute(flaky.batchGet()
                .getAll(movies, items.stream().map(MovieSchema.INSTANCE::keyOf).toList()));
        assertEquals(items, read.found(movies), "every item reads back as written, in order");
        assertTrue(read.requests() > 100, "unprocessed and throttled gets were retried: " + read.requests());
        System.out.printf(face + " fault injection: %d writes in %d requests (%d retries, %d throttled, %d items held back) in %d ms;"
                        + " read back in %d requests%n", result.written(), result.requests(), result.retries(),
                result.throttled(), faults.heldBackItems(), result.elapsed().toMillis(), read.requests());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void whenRetriesRunOut_theExceptionListsExactlyTheItemsMissingFromTheTable(Face face) {
        MovieModel movies = freshTable("exhaust_" + face);
        FaultInjector faults = FaultInjector.builder()
                .unprocessedShare(0.5).throttleShare(0.2).seed(7).build();
        Dynamo flaky = faulty(movies, faults, QUICK.withMaxAttempts(2), null);
        List<Movie> items = generated(2_000);

        BatchWriteException e = assertThrows(BatchWriteException.class,
                () -> face.execute(flaky.batchWrite().putAll(movies, items)));

        Set<Map<String, AttributeValue>> missing = new HashSet<>(items.stream().map(MovieSchema.INSTANCE::keyOf).toList());
        missing.removeAll(storedKeys(movies));
        Set<Map<String, AttributeValue>> reported = e.unwritten().stream().map(UnwrittenItem::key).collect(Collectors.toSet());
        assertFalse(missing.isEmpty(), "with two attempts some items must be left over");
        assertEquals(missing, reported);
        assertEquals(e.unwritten().size(), reported.size(), "each item is listed once");
        assertEquals(2_000 - missing.size(), e.result().written());
        assertEquals(2_000 - missing.size(), movies.scan().count());
        assertTrue(e.unwritten().stream().anyMatch(u -> u.reason().startsWith("throttled")), "some were throttled twice");
        assertTrue(e.unwritten().stream().anyMatch(u -> u.reason().startsWith("still unprocessed after 2 attempts")));
        assertEquals(e.unwritten().stream().map(u -> (Movie) u.entity()).toList(), e.unwrittenEntities(movies));

        // The listed items are what a caller writes again to finish the job.
        face.execute(flaky.batchWrite().putAll(movies, e.unwrittenEntities(movies)).retryPolicy(QUICK));
        assertEquals(2_000, movies.scan().count());
    }

    @Test
    void asyncRetries_areScheduled_andNoThreadWaitsThemOut_withAtMostConcurrencyRequestsInFlight() throws Exception {
        MovieModel movies = freshTable("scheduled");
        FaultInjector faults = FaultInjector.builder().unprocessedShare(1.0).heldBackShare(0.5).seed(13).build();
        RetryPolicy slow = RetryPolicy.of(20, Duration.ofMillis(400), Duration.ofMillis(400));
        List<Long> delays = new CopyOnWriteArrayList<>();
        AtomicLong longestTask = new AtomicLong();
        ThreadLocal<Long> taskStart = new ThreadLocal<>();
        // One thread for the whole call. A backoff slept on it would make the task that sleeps last at
        // least the policy's 400 ms (a sleep never ends early); the retry tasks themselves only hand a
        // request to the client. So the longest task is measured, not a probe's wait in the queue,
        // which a loaded machine stretches without any sleep.
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "test-retry-scheduler");
            thread.setDaemon(true);
            return thread;
        }) {
            @Override
            public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
                delays.add(unit.toNanos(delay));
                return super.schedule(task, delay, unit);
            }

            @Override
            protected void beforeExecute(Thread thread, Runnable task) {
                taskStart.set(System.nanoTime());
            }

            @Override
            protected void afterExecute(Runnable task, Throwable failure) {
                longestTask.accumulateAndGet(System.nanoTime() - taskStart.get(), Math::max);
            }
        };
        InFlight inFlight = new InFlight();
        DynamoDbClient client = server.newClient();
        DynamoDbAsyncClient asyncClient = server.newAsyncClient(faults, inFlight);
        try (Dynamo flaky = Dynamo.builder(client).asyncClient(asyncClient).tablePrefix(movies.dynamo().tablePrefix())
                .retryPolicy(slow).retryScheduler(scheduler).onClose(client::close).onClose(asyncClient::close).build()) {
            List<Movie> items = generated(200);

            BatchWriteResult result = flaky.batchWrite().putAll(movies, items).concurrency(2).executeAsync()
                    .get(2, TimeUnit.MINUTES);

            assertEquals(200, result.written());
            assertEquals(200, movies.scan().count());
            assertTrue(result.retries() > 0, "items were held back and retried");
            assertEquals(result.retries(), delays.size(), "each retry waited by a task scheduled on our scheduler");
            assertTrue(delays.stream().allMatch(d -> d <= slow.ceiling(1).toNanos()), "the policy's backoff: " + delays);
            assertTrue(longestTask.get() < slow.baseDelay().toNanos(),
                    "no task on the scheduler's only thread slept out a backoff: longest task "
                            + longestTask.get() / 1_000_000 + " ms");
            assertEquals(2, inFlight.max(), "concurrency(2): two requests at once, never more");
        } finally {
            scheduler.shutdownNow();
        }
    }

    /** Counts the requests a client has in flight at once, and the most it ever had. */
    private static final class InFlight implements ExecutionInterceptor {
        private final AtomicInteger now = new AtomicInteger();
        private final AtomicInteger max = new AtomicInteger();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            max.accumulateAndGet(now.incrementAndGet(), Math::max);
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            now.decrementAndGet();
        }

        @Override
        public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
            now.decrementAndGet();
        }

        int max() {
            return max.get();
        }
    }

    @Test
    void noRetry_reportsEveryUnprocessedItem_andWritesTheRest() {
        MovieModel movies = freshTable("noretry");
        FaultInjector faults = FaultInjector.builder()
                .unprocessedShare(1.0).heldBackShare(0.2).seed(3).build();
        Dynamo flaky = faulty(movies, faults, RetryPolicy.noRetry());

        BatchWriteException e = assertThrows(BatchWriteException.class,
                () -> flaky.batchWrite().putAll(movies, generated(100)).concurrency(1).execute());

        assertEquals(faults.heldBackItems(), e.unwritten().size());
        assertEquals(100 - e.unwritten().size(), movies.scan().count());
        assertEquals(4, e.result().requests());
        assertEquals(Optional.empty(), movies.get(((Movie) e.unwritten().get(0).entity()).year(),
                ((Movie) e.unwritten().get(0).entity()).title()));
    }

    @Test
    void createTable_ofATtlEntity_throughTheFaultInjector_turnsOnTimeToLive() {
        FaultInjector faults = FaultInjector.builder().unprocessedShare(1.0).seed(5).build();
        DynamoDbClient client = server.newClient(faults);
        try (Dynamo flaky = Dynamo.builder(client).tablePrefix("ttl_").onClose(client::close).build()) {
            SessionModel sessions = SessionModel.of(flaky);
            sessions.createTable();   // CreateTable, DescribeTable, UpdateTimeToLive pass through untouched

            assertEquals(TimeToLiveStatus.ENABLED, client.describeTimeToLive(b -> b.tableName(sessions.tableName()))
                    .timeToLiveDescription().timeToLiveStatus());
            sessions.create(new Session("s-1", "ada", Instant.parse("2030-01-01T00:00:00Z")));
            assertEquals("ada", sessions.get("s-1").orElseThrow().user());
            assertTrue(faults.calls() >= 5, "every call went through the injector: " + faults.calls());
            assertEquals(0, faults.partialCalls(), "no batch call was made");
        }
    }

    @Test
    void throttleShare_refusesCallsOfAnyOperation_beforeTheSdkRetries() {
        MovieModel movies = freshTable("throttleall");
        FaultInjector faults = FaultInjector.builder().throttleShare(1.0).build();
        try (Dynamo flaky = faulty(movies, faults, RetryPolicy.noRetry())) {
            MovieModel throttled = MovieModel.of(flaky);

            RuntimeException e = assertThrows(RuntimeException.class, () -> throttled.get(2000, "Any"));

            assertTrue(causes(e).stream().anyMatch(c -> c instanceof AwsServiceException a
                    && a.isThrottlingException()), "a throttling error from GetItem: " + causes(e));
            assertEquals(1, faults.calls(), "refused before the SDK could retry it");
            assertEquals(1, faults.throttledCalls());
        }
    }

    @Test
    void asyncClient_getsTheSameFaults() {
        MovieModel movies = freshTable("async");
        FaultInjector faults = FaultInjector.builder().unprocessedShare(1.0).heldBackShare(0.3).seed(11).build();
        List<WriteRequest> writes = generated(20).stream()
                .map(m -> WriteRequest.builder().putRequest(PutRequest.builder().item(MovieSchema.INSTANCE.toItem(m))
                        .build()).build())
                .toList();
        try (DynamoDbAsyncClient async = DynamoDbAsyncClient.builder()
                .endpointOverride(server.endpoint())
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(o -> o.addExecutionInterceptor(faults))
                .build()) {

            BatchWriteItemResponse response = async.batchWriteItem(b -> b.requestItems(Map.of(movies.tableName(), writes)))
                    .join();

            int unprocessed = response.unprocessedItems().get(movies.tableName()).size();
            assertEquals(faults.heldBackItems(), unprocessed);
            assertTrue(unprocessed > 0 && unprocessed < 20, "some held back, some written: " + unprocessed);
            assertEquals(20 - unprocessed, movies.scan().count());
        }
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
