package dev.dynamodel.benchmarks.coldstart;

import java.lang.management.ManagementFactory;

/**
 * What a cold-start program prints when it has mapped its first item both ways, for
 * {@link ColdStartRunner} to read. Loaded only after the measured part, so it costs the subject
 * nothing.
 *
 * <pre>{@code
 * long start = System.nanoTime();
 * Movie back = ...;                         // first item mapped both ways
 * ColdStartClock.report(start, System.nanoTime(), back.equals(Movie.rush()));
 * }</pre>
 */
public final class ColdStartClock {
    /** Prefix of the line with the time from {@code main} to the first item mapped, in ms. */
    static final String MAIN_PREFIX = "cold-start-main-ms=";
    /** Prefix of the line with the time from JVM start to the first item mapped, in ms. */
    static final String JVM_PREFIX = "cold-start-jvm-ms=";
    /**
     * Prefix of the line with the CPU time of the whole process (every thread: JIT compilers and GC
     * too) from JVM start to the end point, in ms: steadier than the wall-clock times on a machine
     * busy with other work, which stretches waiting but not work.
     */
    static final String CPU_PREFIX = "cold-start-cpu-ms=";

    private ColdStartClock() {
    }

    /**
     * Prints both times, or fails the process if the round trip lost data (a fast wrong answer
     * must not count).
     */
    public static void report(long startNanos, long endNanos, boolean roundTripEqual) {
        long endMillis = System.currentTimeMillis() - (System.nanoTime() - endNanos) / 1_000_000;
        if (!roundTripEqual) {
            System.err.println("round trip changed the item");
            System.exit(2);
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(MAIN_PREFIX + (endNanos - startNanos) / 1e6);
        System.out.println(JVM_PREFIX + (endMillis - jvmStart));
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            System.out.println(CPU_PREFIX + os.getProcessCpuTime() / 1e6);
        }
    }
}
