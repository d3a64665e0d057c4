package dev.dynamodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The query and update examples print what the docs say they do. */
class QueriesAndUpdatesExampleTest {

    @Test
    void queriesExample_printsEachResult() {
        assertEquals(List.of(
                "ada has 6 orders",
                "ada in spring: [2024-06, 2024-04]",
                "shipped since March over 50: [2024-06, 2024-09, 2024-12]",
                "big or busy: [2024-10]",
                "byStatus: #n0 = :v0 {#n0=status}",
                "bob page 1: [2024-01, 2024-03, 2024-05, 2024-07], page 2: [2024-09, 2024-11]",
                "8 open of 12"), ExampleRunner.run(QueriesExample::main));
    }

    @Test
    void updatesExample_printsEachResult() {
        assertEquals(List.of(
                "created version 1",
                "updated: Publisher[name=Ada Lovelace, city=Cambridge] [book-1, book-2] 2 total 42.50 version 2",
                "not shipped, status is OPEN",
                "upserted bob OPEN",
                "conflict: stored version is 3",
                "reminders 2 version 4"), ExampleRunner.run(UpdatesExample::main));
    }
}
