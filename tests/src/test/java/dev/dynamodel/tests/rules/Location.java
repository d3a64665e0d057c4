package dev.dynamodel.tests.rules;

/** A user type stored as a map, through a document: see {@link LocationConverter}. */
public record Location(double latitude, double longitude) {
}
