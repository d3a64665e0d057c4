package dev.dynamodel.tests.legacy;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.KeyTemplate;

@Entity
@KeyTemplate(partition = "AUTHOR#{authorId}", sort = "META")
public record Author(String authorId, String name) implements Library {
}
