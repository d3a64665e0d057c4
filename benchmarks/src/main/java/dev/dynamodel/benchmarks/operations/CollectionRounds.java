package dev.dynamodel.benchmarks.operations;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@link CollectionOverhead}'s two subjects alternating in one JVM and one thread: each round runs
 * ten small batches of calls of one subject and of the other in turn, and keeps each subject's
 * fastest batch, so that both see the same moments of a loaded machine; each round gives one paired
 * time ratio, and the allocation per call is read from the thread's allocated-bytes counter. Prints every round, then the median
 * ratio of the second half of the rounds (the first half warms up).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.dynamodel.benchmarks.operations.CollectionRounds 20 20000
 * }</pre>
 */
public final class CollectionRounds {
    private static final int BATCHES = 10;
    private static Object sink;

    private CollectionRounds() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        CollectionOverhead benchmark = new CollectionOverhead();
        CollectionOverhead.Subjects subjects = new CollectionOverhead.Subjects();
        subjects.setUp();
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            double[] dynamodel = {Double.MAX_VALUE, 0};
            double[] hand = {Double.MAX_VALUE, 0};
            for (int batch = 0; batch < BATCHES; batch++) {
                // Alternating small batches, the fastest of each kept: on a loaded machine the fastest
                // batch is the one least disturbed, and both subjects get the same chances.
                dynamodel = faster(dynamodel, run(() -> benchmark.dynamodel(subjects), calls / BATCHES));
                hand = faster(hand, run(() -> benchmark.hand(subjects), calls / BATCHES));
            }
            double ratio = dynamodel[0] / hand[0];
            if (round > rounds / 2) {
                ratios.add(ratio);
            }
            System.out.printf("round %2d: dynamodel %7.0f ns %5.0f B, hand %7.0f ns %5.0f B, dynamodel/hand %.2f%n",
                    round, dynamodel[0], dynamodel[1], hand[0], hand[1], ratio);
        }
        ratios.sort(null);
        System.out.printf("median dynamodel/hand time of rounds %d to %d: %.2f (min %.2f, max %.2f)%n",
                rounds / 2 + 1, rounds, ratios.get(ratios.size() / 2), ratios.get(0), ratios.get(ratios.size() - 1));
    }

    private static double[] faster(double[] a, double[] b) {
        return a[0] <= b[0] ? a : b;
    }

    /** Nanoseconds and bytes allocated per call, over {@code calls} calls. */
    private static double[] run(Supplier<Object> subject, int calls) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long bytes = threads.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            sink = subject.get();
        }
        long nanos = System.nanoTime() - start;
        bytes = threads.getThreadAllocatedBytes(thread) - bytes;
        return new double[] {nanos / (double) calls, bytes / (double) calls};
    }
}
