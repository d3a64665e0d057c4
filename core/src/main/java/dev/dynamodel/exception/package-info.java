/**
 * Every exception the runtime throws for a single request, and {@link dev.dynamodel.exception.Violation}.
 * A leaf package: it imports no other package of the library, so every other package may use it.
 * The batch and transaction exceptions stay beside the operations whose results they carry
 * ({@code dev.dynamodel.batch}, {@code dev.dynamodel.transaction}).
 *
 * <p>{@link dev.dynamodel.exception.DynamodelException} is the root of them all.
 */
package dev.dynamodel.exception;
