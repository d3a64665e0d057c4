/**
 * Seeing what the library sends: a {@link dev.dynamodel.observe.RequestListener} set on the
 * {@code Dynamo} builder hears of every request as a {@link dev.dynamodel.observe.RequestEvent}.
 * See {@code docs/observability.md}. This package imports nothing else of the library.
 */
package dev.dynamodel.observe;
