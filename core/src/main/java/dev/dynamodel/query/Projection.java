package dev.dynamodel.query;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.condition.ExpressionWriter;
import dev.dynamodel.schema.Attribute;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The attributes a read asks for ({@code select(...)}), as document paths: {@code ADDRESS.city()}
 * fetches {@code address.city} only, not the whole {@code address} map. Paths inside another
 * selected path are dropped, since DynamoDB refuses overlapping paths in one projection.
 */
final class Projection {
    private final List<AttributePath> paths;

    private Projection(List<AttributePath> paths) {
        this.paths = List.copyOf(paths);
    }

    static Projection of(Attribute<?>... attributes) {
        if (attributes.length == 0) {
            throw new IllegalArgumentException("select() needs at least one attribute");
        }
        List<AttributePath> paths = new ArrayList<>(attributes.length);
        for (Attribute<?> attribute : attributes) {
            paths.add(attribute.path());
        }
        return new Projection(paths);
    }

    /**
     * The projection expression: these paths plus the top-level attributes the read needs itself
     * (keys for cursors and entities, the TTL for hiding expired items).
     */
    String expression(ExpressionWriter writer, Collection<String> alsoNeeded) {
        List<AttributePath> all = new ArrayList<>(paths);
        alsoNeeded.forEach(name -> all.add(AttributePath.of(name)));
        List<AttributePath> kept = new ArrayList<>();
        for (AttributePath path : all) {
            boolean covered = kept.stream().anyMatch(k -> k.contains(path));
            if (!covered) {
                kept.removeIf(path::contains);
                kept.add(path);
            }
        }
        List<String> rendered = new ArrayList<>(kept.size());
        for (AttributePath path : kept) {
            rendered.add(writer.path(path));
        }
        return String.join(", ", rendered);
    }
}
