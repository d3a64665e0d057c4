package dev.dynamodel.tests.legacy;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.KeyTemplate;

@Entity
@KeyTemplate(partition = "AUTHOR#{authorId}", sort = "BOOK#{year}#{title}")
public record Book(String authorId, int year, String title) implements Library {
}
