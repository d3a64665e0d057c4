package dev.dynamodel.benchmarks.operations;

import dev.dynamodel.Dynamo;
import dev.dynamodel.benchmarks.shapes.movie.Movie;
import dev.dynamodel.benchmarks.shapes.movie.MovieHand;
import dev.dynamodel.benchmarks.shapes.movie.MovieModel;
import dev.dynamodel.benchmarks.shapes.movie.MovieSchema;
import dev.dynamodel.observe.RequestListener;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a request listener costs, side by side with none: GetItem, PutItem and Query through the
 * stub client, on three runtimes over the same client: without a listener ({@code none}), with one
 * that does nothing ({@code noop}: the timing and the event alone), and with one that sums
 * latencies and counts requests ({@code counting}: about what a metrics binding does). ops/s.
 *
 * <p>The three subjects of an operation run at the same time, one thread each (a JMH group), so
 * that a machine whose load changes during the run slows them alike: compare the three scores of
 * one group with each other, not with other benchmarks' single-threaded scores. Not part of
 * {@code RunAll} (its name does not end in {@code Overhead}): run it by name.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ListenerCost -f 1 -wi 3 -i 5
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ListenerCost {

    /** The three runtimes, set up once per benchmark thread. */
    @State(Scope.Thread)
    public static class Subjects {
        public Movie movie;
        public MovieModel none;
        public MovieModel noop;
        public MovieModel counting;
        public final LongAdder requests = new LongAdder();
        public final LongAdder nanos = new LongAdder();

        @Setup
        public void setUp() {
            movie = Movie.rush();
            StubDynamoDbClient client = new StubDynamoDbClient(MovieHand.toItem(movie), OperationSubjects.queryItems());
            none = MovieModel.of(Dynamo.of(client));
            RequestListener nothing = event -> { };
            noop = MovieModel.of(Dynamo.builder(client).requestListener(nothing).build());
            RequestListener sums = event -> {
                requests.increment();
                nanos.add(event.latency().toNanos());
            };
            counting = MovieModel.of(Dynamo.builder(client).requestListener(sums).build());
        }
    }

    @Benchmark
    @Group("get")
    @GroupThreads(1)
    public Movie getNone(Subjects s) {
        return s.none.get(2013, "Rush").orElseThrow();
    }

    @Benchmark
    @Group("get")
    @GroupThreads(1)
    public Movie getNoop(Subjects s) {
        return s.noop.get(2013, "Rush").orElseThrow();
    }

    @Benchmark
    @Group("get")
    @GroupThreads(1)
    public Movie getCounting(Subjects s) {
        return s.counting.get(2013, "Rush").orElseThrow();
    }

    @Benchmark
    @Group("put")
    @GroupThreads(1)
    public Movie putNone(Subjects s) {
        return s.none.save(s.movie);
    }

    @Benchmark
    @Group("put")
    @GroupThreads(1)
    public Movie putNoop(Subjects s) {
        return s.noop.save(s.movie);
    }

    @Benchmark
    @Group("put")
    @GroupThreads(1)
    public Movie putCounting(Subjects s) {
        return s.counting.save(s.movie);
    }

    @Benchmark
    @Group("query")
    @GroupThreads(1)
    public List<Movie> queryNone(Subjects s) {
        return s.none.query(MovieSchema.YEAR.eq(OperationSubjects.QUERY_YEAR)).list();
    }

    @Benchmark
    @Group("query")
    @GroupThreads(1)
    public List<Movie> queryNoop(Subjects s) {
        return s.noop.query(MovieSchema.YEAR.eq(OperationSubjects.QUERY_YEAR)).list();
    }

    @Benchmark
    @Group("query")
    @GroupThreads(1)
    public List<Movie> queryCounting(Subjects s) {
        return s.counting.query(MovieSchema.YEAR.eq(OperationSubjects.QUERY_YEAR)).list();
    }
}
