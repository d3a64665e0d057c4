package dev.dynamodel.benchmarks.coldstart;

import dev.dynamodel.benchmarks.ResultRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Launches each cold-start program in fresh JVMs and reports the median times. Subjects take turns
 * (dynamodel, enhanced-bean, hand, dynamodel, ...) so that a noisy moment on a shared machine
 * spreads over all of them instead of hitting one.
 *
 * <pre>{@code
 * List<ResultRow> rows = ColdStartRunner.run(10);
 * }</pre>
 */
public final class ColdStartRunner {
    /** The programs, by subject name. */
    private static final Map<String, Class<?>> SUBJECTS = new LinkedHashMap<>();

    static {
        SUBJECTS.put("dynamodel", DynamodelColdStart.class);
        SUBJECTS.put("enhanced-bean", EnhancedBeanColdStart.class);
        SUBJECTS.put("hand", HandColdStart.class);
    }

    private ColdStartRunner() {
    }

    /**
     * Runs every subject {@code runs} times with this JVM's class path and returns, per subject,
     * the median time from {@code main} ({@code cold-start}) and from JVM start
     * ({@code cold-start-jvm}) to the first item mapped both ways, and the process's CPU time from JVM
     * start to that point ({@code cold-start-cpu}).
     */
    public static List<ResultRow> run(int runs) {
        Map<String, double[]> fromMain = new LinkedHashMap<>();
        Map<String, double[]> fromJvm = new LinkedHashMap<>();
        Map<String, double[]> cpu = new LinkedHashMap<>();
        SUBJECTS.keySet().forEach(subject -> {
            fromMain.put(subject, new double[runs]);
            fromJvm.put(subject, new double[runs]);
            cpu.put(subject, new double[runs]);
        });
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, Class<?>> subject : SUBJECTS.entrySet()) {
                double[] times = launch(subject.getValue());
                fromMain.get(subject.getKey())[i] = times[0];
                fromJvm.get(subject.getKey())[i] = times[1];
                cpu.get(subject.getKey())[i] = times[2];
            }
        }
        List<ResultRow> rows = new ArrayList<>();
        for (String subject : SUBJECTS.keySet()) {
            rows.add(new ResultRow("cold-start", "movie", subject, "ms", median(fromMain.get(subject))));
        }
        for (String subject : SUBJECTS.keySet()) {
            rows.add(new ResultRow("cold-start-jvm", "movie", subject, "ms", median(fromJvm.get(subject))));
        }
        for (String subject : SUBJECTS.keySet()) {
            rows.add(new ResultRow("cold-start-cpu", "movie", subject, "ms", median(cpu.get(subject))));
        }
        return rows;
    }

    /** Runs one program in a new JVM; returns {main ms, jvm ms, process cpu ms}. */
    private static double[] launch(Class<?> main) {
        return launch(main, Map.of());
    }

    /**
     * Runs one program in a new JVM with this JVM's class path, these environment variables added
     * and these arguments; returns {main ms, jvm ms, process cpu ms} as the program's {@link ColdStartClock}
     * printed them.
     */
    static double[] launch(Class<?> main, Map<String, String> environment, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(main.getSimpleName() + " exited with " + exit + ": " + output);
            }
            return new double[] {value(output, ColdStartClock.MAIN_PREFIX), value(output, ColdStartClock.JVM_PREFIX),
                value(output, ColdStartClock.CPU_PREFIX)};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + main.getSimpleName(), e);
        }
    }

    static double value(String output, String prefix) {
        return output.lines()
                .filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(prefix.length()).trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no '" + prefix + "' line in: " + output));
    }

    /** The middle value, or the mean of the two middle values of an even count. */
    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
