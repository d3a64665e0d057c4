package dev.dynamodel.benchmarks.coldstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.benchmarks.ResultRow;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One round of the first-request cold starts, for real: every subject, with either client, reads the
 * movie over HTTP from DynamoDB Local's server and maps it equal to the one stored (a subject whose
 * answer differs exits with 2, which fails the round), and the runner reports every figure.
 */
class FirstRequestRunnerTest {

    @Test
    void oneRound_everySubjectReadsTheMovie_withEitherClient() {
        List<ResultRow> rows = FirstRequestRunner.run(1);
        assertEquals(16, rows.size(), "8 JVMs, wall clock and CPU each: " + rows);
        assertEquals(Set.of("first-request", "first-request-fast", "first-get-after-build", "first-request-cpu",
                "first-request-fast-cpu", "first-get-after-build-cpu"),
                rows.stream().map(ResultRow::benchmark).collect(Collectors.toSet()));
        assertEquals(Set.of("dynamodel", "enhanced-bean", "hand", "dynamodel-unprimed", "dynamodel-primed"),
                rows.stream().map(ResultRow::subject).collect(Collectors.toSet()));
        rows.forEach(row -> assertTrue(row.value() > 0, row.toJson()));
    }
}
