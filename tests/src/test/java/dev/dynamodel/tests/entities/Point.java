package dev.dynamodel.tests.entities;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;

/** An immutable class made through its all-arguments constructor, with a binary key. */
@Entity(table = "points")
public final class Point {
    @HashKey
    private final byte[] id;
    private final String label;

    public Point(byte[] id, String label) {
        this.id = id;
        this.label = label;
    }

    public byte[] getId() { return id; }
    public String getLabel() { return label; }
}
