package dev.dynamodel.benchmarks;

import dev.dynamodel.benchmarks.bulk.BulkLoadRunner;
import dev.dynamodel.benchmarks.coldstart.ColdStartRunner;
import dev.dynamodel.benchmarks.coldstart.FirstRequestRunner;
import dev.dynamodel.benchmarks.shapes.movie.MovieData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark (JMH mapping, write-pipeline and operation benchmarks, then the cold starts,
 * then the bulk load into embedded DynamoDB Local) and writes the figures to one JSON file. {@code benchmarks/run.sh} builds the jar and calls this.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.dynamodel.benchmarks.RunAll --quick \
 *     --out benchmarks/results/latest.json
 * }</pre>
 *
 * <p>{@code --quick} (the default) is one fork with 3 x 1 s warm-up and 4 x 1 s measurement per
 * benchmark and 10 cold-start runs per subject: about four minutes on two cores for 23 JMH
 * benchmarks, measured; the 9 asynchronous operation benchmarks (issue 14) add 9 x 7 s of warm-up
 * and measurement, so about five minutes now (estimated, not yet timed as a whole). (The warm-up
 * was 4 x 1 s and the measurement 5 x 1 s while there were 18; that would now take longer than the
 * five minutes quick mode is allowed.)
 * The first-request cold starts (issue 15) add 10 rounds of 8 fresh JVMs against DynamoDB Local's
 * server, about a minute and a half on a quiet machine (estimated from single rounds).
 * {@code --full} is 3 forks with 5 x 2 s each and 30 runs.
 *
 * <p>The bulk load ({@link dev.dynamodel.benchmarks.bulk.BulkLoadRunner}) runs last, in this JVM:
 * 2 untimed and 9 timed loads per subject in quick mode, 3 and 21 in full mode.
 */
public final class RunAll {
    /** The JMH classes of a run: mapping and operation overhead, blocking and asynchronous ({@code Async...Overhead}). */
    static final String INCLUDE =
            "dev\\.dynamodel\\.benchmarks\\.(mapping\\..*Mapping|mapping\\.WriteRules|operations\\..*Overhead)\\.";

    private RunAll() {
    }

    public static void main(String[] args) throws IOException, RunnerException, InterruptedException {
        boolean full = List.of(args).contains("--full");
        Path out = Path.of(option(args, "--out", "benchmarks/results/latest.json"));
        Path jmhOut = Path.of(option(args, "--jmh-out", "benchmarks/target/jmh-result.json"));
        Files.createDirectories(jmhOut.toAbsolutePath().getParent());

        List<ResultRow> rows = new ArrayList<>(runJmh(full, jmhOut));
        rows.addAll(ColdStartRunner.run(full ? 30 : 10));
        rows.addAll(FirstRequestRunner.run(full ? 30 : 10));
        rows.addAll(BulkLoadRunner.run(full ? 3 : 2, full ? 21 : 9));

        Files.createDirectories(out.toAbsolutePath().getParent());
        String json = rows.stream().map(row -> "  " + row.toJson()).collect(Collectors.joining(",\n", "[\n", "\n]\n"));
        Files.writeString(out, json, StandardCharsets.UTF_8);
        System.out.println("Wrote " + rows.size() + " figures to " + out + " (" + (full ? "full" : "quick")
                + " mode, " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.vm.version") + ", " + java.time.LocalDate.now() + ")");
    }

    private static List<ResultRow> runJmh(boolean full, Path jmhOut) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(INCLUDE)
                .threads(1)
                // The forks read the movie file too; they do not inherit this JVM's properties.
                .jvmArgsAppend("-D" + MovieData.PATH_PROPERTY + "=" + MovieData.locate(), "-Xms512m", "-Xmx512m")
                .resultFormat(ResultFormatType.JSON)
                .result(jmhOut.toString());
        if (full) {
            options.forks(3).warmupIterations(5).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(2));
        } else {
            options.forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(4).measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        List<ResultRow> rows = new ArrayList<>();
        for (RunResult result : results) {
            rows.add(JmhLabels.row(result.getParams().getBenchmark(),
                    result.getPrimaryResult().getScoreUnit(), medianOfIterations(result)));
        }
        return rows;
    }

    /**
     * The median over all measurement iterations of all forks. On a machine shared with other
     * work, a busy second inflates one iteration several-fold; the mean (JMH's score, kept in
     * the JMH result file) follows it, the median does not.
     */
    static double medianOfIterations(RunResult result) {
        List<Double> scores = new ArrayList<>();
        for (BenchmarkResult fork : result.getBenchmarkResults()) {
            for (IterationResult iteration : fork.getIterationResults()) {
                scores.add(iteration.getPrimaryResult().getScore());
            }
        }
        return ColdStartRunner.median(scores.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
