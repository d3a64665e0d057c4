package dev.dynamodel.benchmarks;

import java.util.Map;

/**
 * Turns a JMH benchmark name ({@code dev.dynamodel.benchmarks.mapping.MovieMapping.enhancedBean})
 * into the benchmark, shape and subject of a {@link ResultRow}. Every JMH class is listed here, so
 * a new one without labels fails the run instead of writing unlabelled figures.
 *
 * <pre>{@code
 * ResultRow row = JmhLabels.row("dev.dynamodel.benchmarks.mapping.SmallMapping.hand", "ns/op", 41.0);
 * }</pre>
 */
final class JmhLabels {
    /** Class simple name -> {benchmark, shape}. */
    private static final Map<String, String[]> CLASSES = Map.ofEntries(
            Map.entry("CollectionOverhead", new String[] {"collection", "shop"}),
            Map.entry("SmallMapping", new String[] {"mapping", "small"}),
            Map.entry("MixedMapping", new String[] {"mapping", "mixed"}),
            Map.entry("MovieMapping", new String[] {"mapping", "movie"}),
            Map.entry("GetItemOverhead", new String[] {"get", "movie"}),
            Map.entry("PutItemOverhead", new String[] {"put", "movie"}),
            Map.entry("QueryOverhead", new String[] {"query", "movie"}),
            Map.entry("AsyncGetItemOverhead", new String[] {"async-get", "movie"}),
            Map.entry("AsyncPutItemOverhead", new String[] {"async-put", "movie"}),
            Map.entry("AsyncQueryOverhead", new String[] {"async-query", "movie"}),
            Map.entry("WriteRules", new String[] {"write", "signup"}));

    /** Benchmark method -> subject. */
    private static final Map<String, String> METHODS = Map.of(
            "dynamodel", "dynamodel",
            "enhancedBean", "enhanced-bean",
            "enhancedStatic", "enhanced-static",
            "hand", "hand",
            "rawSdk", "raw-sdk",
            "toItemOnly", "dynamodel",
            "withRules", "dynamodel");

    /**
     * Benchmark method -> benchmark name, for classes that compare dynamodel with itself
     * ({@code WriteRules}): the subject stays {@code dynamodel} and the benchmark says which variant.
     */
    private static final Map<String, String> METHOD_BENCHMARKS = Map.of(
            "toItemOnly", "write-mapping",
            "withRules", "write-rules");

    private JmhLabels() {
    }

    static ResultRow row(String jmhName, String metric, double value) {
        String[] parts = jmhName.split("\\.");
        String className = parts[parts.length - 2];
        String method = parts[parts.length - 1];
        String[] labels = CLASSES.get(className);
        String subject = METHODS.get(method);
        if (labels == null || subject == null) {
            throw new IllegalStateException("no labels for JMH benchmark " + jmhName + ": add them to JmhLabels");
        }
        return new ResultRow(METHOD_BENCHMARKS.getOrDefault(method, labels[0]), labels[1], subject, metric, value);
    }
}
