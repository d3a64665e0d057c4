/**
 * The annotations that declare entities. They are read at compile time by the Dynamodel annotation
 * processor and are not retained at run time.
 */
package dev.dynamodel.annotation;
