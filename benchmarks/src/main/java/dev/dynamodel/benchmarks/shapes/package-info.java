/**
 * The entity shapes, each declared four ways so that every subject maps the same data to the same
 * item: a record for dynamodel ({@code @Entity}, mapped by the generated {@code XSchema}), a
 * {@code @DynamoDbBean} class for {@code TableSchema.fromBean}, a hand-built
 * {@code StaticTableSchema} over that bean, and hand-written {@code Map<String, AttributeValue>} code.
 *
 * <p>Shapes: {@code small} ({@link dev.dynamodel.benchmarks.shapes.small.Session}, 3 flat attributes),
 * {@code mixed} ({@link dev.dynamodel.benchmarks.shapes.mixed.Order}, 10 attributes with a list, a map,
 * an {@code Instant} and numbers) and {@code movie} ({@link dev.dynamodel.benchmarks.shapes.movie.Movie},
 * the nested item of moviedata.json).
 *
 * <pre>{@code
 * Map<String, AttributeValue> item = OrderSchema.INSTANCE.toItem(Order.sample());
 * }</pre>
 */
package dev.dynamodel.benchmarks.shapes;
