/**
 * Support code that generated schemas and models call. Not an API: nothing here is stable for
 * direct use, and it changes together with the processor.
 */
package dev.dynamodel.internal;
