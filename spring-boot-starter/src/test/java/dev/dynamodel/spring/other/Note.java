package dev.dynamodel.spring.other;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;

/** Another model named NoteModel, in another package: its bean takes the class's full name. */
@Entity(table = "other_notes")
public record Note(@HashKey String id) {
}
