package dev.dynamodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The async example prints what docs/async.md says it does. */
class AsyncExampleTest {

    @Test
    void asyncExample_printsEachResult() {
        assertEquals(List.of(
                "read SHIPPED version 2",
                "exists already",
                "conflict: 2",
                "bob: [2024-02, 2024-03, 2024-04, 2024-05, 2024-06, 2024-07, 2024-08, 2024-09]",
                "page of 5, more",
                "page of 3, last",
                "page of 4, more",
                "page of 4, last",
                "parallel: 9 and 9",
                "8 open of 9",
                "read back 60",
                "cancelled: ConditionalCheckFailed"), ExampleRunner.run(AsyncExample::main));
    }
}
