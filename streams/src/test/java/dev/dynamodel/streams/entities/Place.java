package dev.dynamodel.streams.entities;

import dev.dynamodel.annotation.Document;

/** Where a session was opened. */
@Document
public record Place(String city, String country) {
}
