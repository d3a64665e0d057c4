package dev.dynamodel.tests.rules;

/** A stock-keeping unit: a user type stored as a string by the package's {@link SkuConverter}. */
public record Sku(String code) {
}
