package dev.dynamodel.benchmarks.operations;

import dev.dynamodel.benchmarks.shapes.shop.ShopItem;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@link CollectionOverhead}'s two subjects at the same time, one thread each (a JMH group), so
 * that a machine whose load changes during the run slows them alike and each iteration gives one
 * paired ratio: compare the two scores of the group with each other, not with single-threaded
 * scores. Not part of {@code RunAll} (its name does not end in {@code Overhead}): run it by name.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar CollectionPair -f 1 -wi 5 -w 1s -i 10 -r 1s
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class CollectionPair {
    private final CollectionOverhead subjects = new CollectionOverhead();

    @Benchmark
    @Group("collection")
    @GroupThreads(1)
    public List<ShopItem> dynamodel(CollectionOverhead.Subjects s) {
        return subjects.dynamodel(s);
    }

    @Benchmark
    @Group("collection")
    @GroupThreads(1)
    public List<ShopItem> hand(CollectionOverhead.Subjects s) {
        return subjects.hand(s);
    }
}
