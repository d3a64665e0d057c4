package dev.dynamodel.spring.notes;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;

@Entity(table = "notes")
public record Note(@HashKey String id, String text) {
}
