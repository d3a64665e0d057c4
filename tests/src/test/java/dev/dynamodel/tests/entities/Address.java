package dev.dynamodel.tests.entities;

import dev.dynamodel.annotation.Attribute;
import dev.dynamodel.annotation.Document;

/** A nested record stored as a map, with a nested record of its own. */
@Document
public record Address(String street, String city, @Attribute("zip_code") String zip, GeoPoint location) {
}
