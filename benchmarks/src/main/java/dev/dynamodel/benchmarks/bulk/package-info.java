/**
 * The bulk-load benchmark of issue 7: all 4,609 movies of moviedata.json into embedded DynamoDB
 * Local ({@code DynamoLocal.embedded()}), once with dynamodel's batch write and once with
 * {@link dev.dynamodel.benchmarks.bulk.HandLoader}, a raw-SDK loader sending 25-item BatchWriteItem
 * calls with its own retry of unprocessed items, at the same concurrency; wall time in ms, median
 * of several loads on fresh tables, and a {@code Select.COUNT} scan that must find every movie.
 * It is a plain timed program run by {@link dev.dynamodel.benchmarks.RunAll}, not JMH: one load
 * takes seconds and touches a database.
 *
 * <pre>{@code
 * List<ResultRow> rows = BulkLoadRunner.run(3);
 * }</pre>
 */
package dev.dynamodel.benchmarks.bulk;
