package dev.dynamodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void ceiling_doublesFromTheBase_upToTheCap() {
        RetryPolicy policy = RetryPolicy.of(10, Duration.ofMillis(50), Duration.ofMillis(500));
        assertEquals(Duration.ofMillis(50), policy.ceiling(1));
        assertEquals(Duration.ofMillis(100), policy.ceiling(2));
        assertEquals(Duration.ofMillis(400), policy.ceiling(4));
        assertEquals(Duration.ofMillis(500), policy.ceiling(5));
        assertEquals(Duration.ofMillis(500), policy.ceiling(1_000), "no overflow for huge retry numbers");
    }

    @Test
    void delay_isFullJitter_betweenZeroAndTheCeiling() {
        RetryPolicy policy = RetryPolicy.of(10, Duration.ofMillis(50), Duration.ofSeconds(5));
        long below = 0;
        for (int i = 0; i < 2_000; i++) {
            Duration delay = policy.delay(3);
            assertTrue(!delay.isNegative() && delay.compareTo(Duration.ofMillis(200)) <= 0, delay.toString());
            if (delay.compareTo(Duration.ofMillis(100)) < 0) {
                below++;
            }
        }
        assertTrue(below > 800 && below < 1_200, "uniform: about half below the middle, got " + below);
        assertEquals(Duration.ZERO, RetryPolicy.noRetry().delay(1));
    }

    @Test
    void defaults_areTenAttempts_50msBase_5sCap() {
        assertEquals(RetryPolicy.of(10, Duration.ofMillis(50), Duration.ofSeconds(5)), RetryPolicy.defaults());
        assertEquals(RetryPolicy.defaults(), Dynamo.of(new NoClient()).retryPolicy());
    }

    @Test
    void nonsense_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.of(0, Duration.ZERO, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.of(3, Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.of(3, Duration.ofMillis(-1), Duration.ofSeconds(1)));
    }

    /** A client that is never called. */
    private static final class NoClient implements software.amazon.awssdk.services.dynamodb.DynamoDbClient {
        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {
        }
    }
}
