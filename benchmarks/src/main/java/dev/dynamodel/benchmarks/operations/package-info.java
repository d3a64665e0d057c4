/**
 * Operation-overhead benchmarks: GetItem, PutItem and a 25-item Query through an in-process
 * {@link dev.dynamodel.benchmarks.operations.StubDynamoDbClient}, ops/s for dynamodel, the
 * Enhanced Client (bean schema) and raw SDK code; their {@code Async...} twins do the same through
 * {@link dev.dynamodel.benchmarks.operations.StubDynamoDbAsyncClient} (completed futures, joined).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar 'operations\..*Overhead'
 * }</pre>
 */
package dev.dynamodel.benchmarks.operations;
