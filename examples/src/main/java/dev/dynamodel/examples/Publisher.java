package dev.dynamodel.examples;

// tag::document[]
import dev.dynamodel.annotation.Document;

/** Stored inside a {@link Book} item as a map attribute; it has no table and no key of its own. */
@Document
public record Publisher(String name, String city) {
}
// end::document[]
