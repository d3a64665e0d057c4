package dev.dynamodel.benchmarks.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.dynamodel.benchmarks.shapes.movie.Movie;
import dev.dynamodel.benchmarks.shapes.movie.MovieBean;
import dev.dynamodel.benchmarks.shapes.movie.MovieData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each asynchronous benchmark method does its operation once and returns what a caller would get. */
class AsyncOperationSubjectsTest {
    private final AsyncOperationSubjects subjects = new AsyncOperationSubjects();

    @BeforeEach
    void setUp() {
        subjects.setUp();
    }

    @Test
    void get_everySubjectReadsTheCannedMovie() {
        AsyncGetItemOverhead get = new AsyncGetItemOverhead();
        assertEquals(Movie.rush(), get.dynamodel(subjects));
        assertEquals(Movie.rush(), get.rawSdk(subjects));
        assertEquals(MovieBean.of(Movie.rush()), get.enhancedBean(subjects));
    }

    @Test
    void put_everySubjectSendsAnItem() {
        AsyncPutItemOverhead put = new AsyncPutItemOverhead();
        assertEquals(Movie.rush(), put.dynamodel(subjects));
        assertEquals(MovieBean.of(Movie.rush()), put.enhancedBean(subjects));
        assertNotNull(put.rawSdk(subjects));
    }

    @Test
    void query_everySubjectReadsTheSame25CannedMovies() {
        AsyncQueryOverhead query = new AsyncQueryOverhead();
        List<Movie> expected = MovieData.load().stream()
                .filter(m -> m.year() == OperationSubjects.QUERY_YEAR)
                .limit(OperationSubjects.QUERY_ITEMS)
                .toList();
        assertEquals(25, expected.size());
        assertEquals(expected, query.dynamodel(subjects));
        assertEquals(expected, query.rawSdk(subjects));
        assertEquals(expected.stream().map(MovieBean::of).toList(), query.enhancedBean(subjects));
    }
}
