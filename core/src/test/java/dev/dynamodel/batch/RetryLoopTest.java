package dev.dynamodel.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.RetryPolicy;
import dev.dynamodel.exception.DynamoRequestException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;

/** The retry loop with scripted responses instead of DynamoDB. */
class RetryLoopTest {
    private static final RetryPolicy FOUR = RetryPolicy.of(4, Duration.ZERO, Duration.ZERO);

    /** An attempt answered at once, as the blocking sender answers. */
    private static <P> RetryLoop.Attempt<P> answered(UnaryOperator<List<P>> answer) {
        return (pending, number) -> CompletableFuture.completedFuture(answer.apply(pending));
    }

    private static <P> RetryLoop.Outcome<P> run(List<P> chunk, RetryPolicy policy, BatchStats stats,
                                                UnaryOperator<List<P>> answer) {
        return RetryLoop.run(chunk, policy, stats, answered(answer), Sending::sleep).join();
    }

    private static DynamoRequestException refused(software.amazon.awssdk.core.exception.SdkException cause) {
        return new DynamoRequestException("t", "BatchWriteItem", cause);
    }

    @Test
    void onlyTheUnprocessedAreSentAgain_untilNoneAreLeft() {
        List<List<Integer>> sent = new ArrayList<>();
        BatchStats stats = new BatchStats(5, null);
        RetryLoop.Outcome<Integer> outcome = run(List.of(1, 2, 3, 4, 5), FOUR, stats, pending -> {
            sent.add(pending);
            return pending.size() > 1 ? pending.subList(pending.size() / 2, pending.size()) : List.of();
        });
        assertEquals(List.of(List.of(1, 2, 3, 4, 5), List.of(3, 4, 5), List.of(4, 5), List.of(5)), sent);
        assertEquals(List.of(), outcome.left());
        assertEquals(4, outcome.attempts());
        assertEquals(new BatchProgress(5, 5, 0, 4, 3), stats.snapshot());
    }

    @Test
    void whenAttemptsRunOut_whatIsLeftIsReturned_withoutAFailure() {
        RetryLoop.Outcome<Integer> outcome = run(List.of(1, 2), FOUR, new BatchStats(2, null),
                pending -> List.of(2));
        assertEquals(List.of(2), outcome.left());
        assertEquals(4, outcome.attempts());
        assertNull(outcome.failure());
    }

    @Test
    void everyKindOfThrottling_isRetried_andTheLastOneReported() {
        List<DynamoRequestException> errors = List.of(
                refused(ProvisionedThroughputExceededException.builder().message("p").build()),
                refused(ThrottlingException.builder().message("t").build()),
                refused(RequestLimitExceededException.builder().message("r").build()),
                refused(AwsServiceException.builder().message("plain")
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("ThrottlingException").build()).build()));
        int[] call = {0};
        BatchStats stats = new BatchStats(1, null);
        RetryLoop.Outcome<Integer> outcome = run(List.of(1), FOUR, stats, pending -> {
            throw errors.get(call[0]++);
        });
        assertEquals(4, call[0]);
        assertEquals(List.of(1), outcome.left());
        assertSame(errors.get(3), outcome.failure());
        assertEquals(4, stats.throttledCount());
    }

    @Test
    void anyOtherFailure_endsTheLoopAtOnce() {
        DynamoRequestException missing = refused(ResourceNotFoundException.builder().message("no table").build());
        int[] calls = {0};
        RetryLoop.Outcome<Integer> outcome = run(List.of(1, 2), FOUR, new BatchStats(2, null), pending -> {
            calls[0]++;
            throw missing;
        });
        assertEquals(1, calls[0]);
        assertEquals(List.of(1, 2), outcome.left());
        assertSame(missing, outcome.failure());
    }

    @Test
    void anInterruptWhileWaiting_stopsRetrying_andKeepsTheFlag() {
        RetryPolicy slow = RetryPolicy.of(5, Duration.ofSeconds(10), Duration.ofSeconds(10));
        Thread.currentThread().interrupt();
        try {
            RetryLoop.Outcome<Integer> outcome = run(List.of(1), slow, new BatchStats(1, null),
                    pending -> pending);
            assertTrue(outcome.failure() instanceof BatchInterruptedException);
            assertEquals(1, outcome.attempts());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void retriesWaitThroughThePause_withThePolicysBackoff_andNoThreadSleeps() {
        RetryPolicy policy = RetryPolicy.of(4, Duration.ofSeconds(1), Duration.ofSeconds(3));
        List<Duration> waits = new ArrayList<>();
        List<CompletableFuture<Boolean>> pending = new ArrayList<>();
        RetryLoop.Pause recorded = delay -> {
            waits.add(delay);
            CompletableFuture<Boolean> wait = new CompletableFuture<>();
            pending.add(wait);
            return wait;   // completed by the test: nothing here waits
        };
        CompletableFuture<RetryLoop.Outcome<Integer>> outcome = RetryLoop.run(List.of(1, 2), policy,
                new BatchStats(2, null), answered(p -> p.size() > 1 ? p.subList(1, 2) : p), recorded);

        for (int retry = 1; retry <= 3; retry++) {
            assertTrue(!outcome.isDone() && waits.size() == retry, "waiting for retry " + retry);
            assertTrue(waits.get(retry - 1).compareTo(policy.ceiling(retry)) <= 0, "within the ceiling");
            pending.get(retry - 1).complete(true);
        }
        assertEquals(List.of(2), outcome.join().left());
        assertEquals(4, outcome.join().attempts());
        assertEquals(3, waits.size(), "one wait before each retry, none after the last attempt");
    }

    @Test
    void aFailureThatIsNotARequestFailure_failsTheChunksFuture() {
        IllegalStateException broken = new IllegalStateException("no client");
        CompletableFuture<RetryLoop.Outcome<Integer>> outcome = RetryLoop.run(List.of(1), FOUR,
                new BatchStats(1, null), (pending, number) -> CompletableFuture.failedFuture(broken), Sending::sleep);
        assertSame(broken, dev.dynamodel.internal.Futures.cause(
                org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CompletionException.class,
                        outcome::join)));
    }
}
