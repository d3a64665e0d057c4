/**
 * Operation-overhead benchmarks: GetItem and PutItem through an in-process
 * {@link dev.dynamodel.benchmarks.operations.StubDynamoDbClient}, ops/s for dynamodel, the
 * Enhanced Client (bean schema) and raw SDK code. The 25-item Query benchmark waits for
 * dynamodel's query API; it will be a {@code QueryOverhead} class here with the same three methods.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar 'operations\..*Overhead'
 * }</pre>
 */
package dev.dynamodel.benchmarks.operations;
