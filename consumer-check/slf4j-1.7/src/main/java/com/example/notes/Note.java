package com.example.notes;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;

@Entity(table = "Notes")
public record Note(@HashKey String id, String text) {
}
