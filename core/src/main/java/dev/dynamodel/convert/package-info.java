/**
 * Ready-made {@link dev.dynamodel.AttributeConverter}s, for use with
 * {@link dev.dynamodel.annotation.Convert @Convert}.
 */
package dev.dynamodel.convert;
