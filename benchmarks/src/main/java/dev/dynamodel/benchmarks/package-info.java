/**
 * Benchmarks of dynamodel against the Enhanced Client and hand-written SDK code (issue 7).
 *
 * <p>{@link dev.dynamodel.benchmarks.shapes} declares each entity shape four ways;
 * {@link dev.dynamodel.benchmarks.mapping} and {@link dev.dynamodel.benchmarks.operations} are JMH
 * benchmarks; {@link dev.dynamodel.benchmarks.coldstart} starts fresh JVMs;
 * {@link dev.dynamodel.benchmarks.RunAll} runs them all and writes {@code results/latest.json}.
 *
 * <pre>{@code
 * benchmarks/run.sh            # quick mode, under 5 minutes on 2 cores
 * }</pre>
 */
package dev.dynamodel.benchmarks;
