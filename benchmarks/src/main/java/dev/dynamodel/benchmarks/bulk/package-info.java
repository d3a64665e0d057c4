/**
 * Reserved for the bulk-load benchmark of issue 7, which waits for dynamodel's batch write.
 *
 * <p>Planned: load all 4,609 movies of moviedata.json into embedded DynamoDB Local
 * ({@code DynamoLocal.embedded()}) once with dynamodel's batch write and once with a hand-written
 * raw-SDK loader that sends 25-item BatchWriteItem calls and retries unprocessed items, at the same
 * concurrency; report the wall time of each ({@code "benchmark": "bulk-load", "metric": "ms"}) and
 * fail the run unless a scan counts all 4,609 items afterwards. It is a plain timed main run by
 * {@link dev.dynamodel.benchmarks.RunAll}, not JMH: one load is seconds long and touches a database.
 *
 * <pre>{@code
 * // not yet: ColdStartRunner-style BulkLoadRunner.run(3) -> rows for dynamodel and raw-sdk
 * }</pre>
 */
package dev.dynamodel.benchmarks.bulk;
