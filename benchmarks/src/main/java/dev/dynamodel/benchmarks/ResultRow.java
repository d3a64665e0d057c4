package dev.dynamodel.benchmarks;

import java.util.Locale;

/**
 * One figure of a run, as written to {@code benchmarks/results/latest.json}.
 *
 * <pre>{@code
 * new ResultRow("mapping", "movie", "dynamodel", "ns/op", 812.4)
 * }</pre>
 *
 * @param benchmark what was measured: {@code mapping}, {@code get}, {@code put}, {@code cold-start}, ...
 * @param shape the entity shape: {@code small}, {@code mixed}, {@code movie}
 * @param subject {@code dynamodel}, {@code enhanced-bean}, {@code enhanced-static}, {@code hand} or {@code raw-sdk}
 * @param metric the unit: {@code ns/op}, {@code ms} or {@code ops/s}
 * @param value the median: over the measurement iterations for JMH benchmarks, over the runs for cold starts
 */
public record ResultRow(String benchmark, String shape, String subject, String metric, double value) {

    /** This row as a JSON object on one line. */
    public String toJson() {
        return String.format(Locale.ROOT,
                "{\"benchmark\": \"%s\", \"shape\": \"%s\", \"subject\": \"%s\", \"metric\": \"%s\", \"value\": %s}",
                benchmark, shape, subject, metric, number(value));
    }

    private static String number(double value) {
        // Three significant decimals are plenty for benchmark figures and keep the file diffable.
        return value >= 100 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.3f", value);
    }
}
