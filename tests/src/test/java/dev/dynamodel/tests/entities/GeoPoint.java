package dev.dynamodel.tests.entities;

import dev.dynamodel.annotation.Document;

@Document
public record GeoPoint(double lat, double lon) {
}
