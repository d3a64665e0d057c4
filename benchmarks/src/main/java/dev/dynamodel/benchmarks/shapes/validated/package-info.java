/**
 * The validated shape ({@link dev.dynamodel.benchmarks.shapes.validated.Signup}): an entity with
 * constraints on almost every field, for the cost of the write pipeline (issue 3: validation may
 * add at most 15% to the write-side mapping).
 *
 * <pre>{@code
 * Map<String, AttributeValue> item = SignupSchema.INSTANCE.toItem(Signup.sample());
 * }</pre>
 */
package dev.dynamodel.benchmarks.shapes.validated;
