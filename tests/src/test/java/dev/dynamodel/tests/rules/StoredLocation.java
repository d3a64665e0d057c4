package dev.dynamodel.tests.rules;

import dev.dynamodel.annotation.Document;

/** The stored form of a {@link Location}: a map with short attribute names. */
@Document
public record StoredLocation(double lat, double lon) {
}
