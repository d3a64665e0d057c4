/**
 * The types that generated schemas implement and expose: {@link dev.dynamodel.schema.EntitySchema},
 * {@link dev.dynamodel.schema.DocumentSchema} and the typed {@link dev.dynamodel.schema.Attribute}
 * constants.
 */
package dev.dynamodel.schema;
