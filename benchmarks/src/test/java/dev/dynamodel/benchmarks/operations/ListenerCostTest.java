package dev.dynamodel.benchmarks.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamodel.benchmarks.shapes.movie.Movie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each subject of {@link ListenerCost} does the same work, and only the listening ones hear it. */
class ListenerCostTest {
    private final ListenerCost.Subjects subjects = new ListenerCost.Subjects();
    private final ListenerCost benchmark = new ListenerCost();

    @BeforeEach
    void setUp() {
        subjects.setUp();
    }

    @Test
    void everySubjectReadsWritesAndQueriesTheSame_andTheCountingListenerHearsEachRequestOnce() {
        assertEquals(Movie.rush(), benchmark.getNone(subjects));
        assertEquals(Movie.rush(), benchmark.getNoop(subjects));
        assertEquals(Movie.rush(), benchmark.putNone(subjects));
        assertEquals(Movie.rush(), benchmark.putNoop(subjects));
        assertEquals(benchmark.queryNone(subjects), benchmark.queryNoop(subjects));
        assertEquals(0, subjects.requests.sum());

        assertEquals(Movie.rush(), benchmark.getCounting(subjects));
        assertEquals(Movie.rush(), benchmark.putCounting(subjects));
        assertEquals(OperationSubjects.QUERY_ITEMS, benchmark.queryCounting(subjects).size());
        assertEquals(3, subjects.requests.sum());
    }
}
