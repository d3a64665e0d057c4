/**
 * Mapping benchmarks: one JMH class per entity shape, one {@code @Benchmark} method per subject,
 * each an entity -> item -> entity round trip in ns/op. The method name is the subject
 * ({@code dynamodel}, {@code enhancedBean}, {@code enhancedStatic}, {@code hand}).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar 'mapping\..*Mapping' -f 1 -wi 3 -i 3
 * }</pre>
 */
package dev.dynamodel.benchmarks.mapping;
