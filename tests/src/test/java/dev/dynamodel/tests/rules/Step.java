package dev.dynamodel.tests.rules;

import dev.dynamodel.annotation.Default;
import dev.dynamodel.annotation.Document;

/** A nested document with a default: applied in every list or map it is stored in. */
@Document
public record Step(String title, @Default("todo") String state) {
}
