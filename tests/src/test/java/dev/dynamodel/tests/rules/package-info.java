/**
 * Entities for the write-rule tests. The package-level {@code @Convert} stores every {@link
 * dev.dynamodel.tests.rules.Sku} of every entity here as a string.
 */
@Convert(SkuConverter.class)
package dev.dynamodel.tests.rules;

import dev.dynamodel.annotation.Convert;
