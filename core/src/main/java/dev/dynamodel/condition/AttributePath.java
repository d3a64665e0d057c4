package dev.dynamodel.condition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A document path: a top-level attribute, a field of a nested map ({@code address.city}), a map
 * value by key ({@code counts.home}) or a list element by index ({@code tags[2]}). Every name is
 * sent as a {@code #name} placeholder, so reserved words, dots and dashes in names are always safe.
 *
 * <pre>{@code
 * AttributePath city = AttributePath.of("address").child("city");   // address.city
 * AttributePath third = AttributePath.of("tags").index(2);           // tags[2]
 * }</pre>
 */
public final class AttributePath {
    private final List<Object> segments; // String names and Integer indexes

    private AttributePath(List<Object> segments) {
        this.segments = Collections.unmodifiableList(segments);
    }

    /** A top-level attribute. */
    public static AttributePath of(String name) {
        List<Object> segments = new ArrayList<>(1);
        segments.add(requireName(name));
        return new AttributePath(segments);
    }

    /** A field of the map at this path, or a map value by key. */
    public AttributePath child(String name) {
        List<Object> next = new ArrayList<>(segments);
        next.add(requireName(name));
        return new AttributePath(next);
    }

    /** The list element at this index. */
    public AttributePath index(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("List index must not be negative: " + index);
        }
        List<Object> next = new ArrayList<>(segments);
        next.add(index);
        return new AttributePath(next);
    }

    /** The segments: names as {@code String}, list indexes as {@code Integer}. */
    public List<Object> segments() {
        return segments;
    }

    /** The top-level attribute name. */
    public String root() {
        return (String) segments.get(0);
    }

    /** Whether this is a top-level attribute, not a path into a document. */
    public boolean isTopLevel() {
        return segments.size() == 1;
    }

    /**
     * Whether one of the two paths is or lies inside the other ({@code a} and {@code a.b}):
     * DynamoDB refuses such paths together in one update expression or projection.
     */
    public boolean overlaps(AttributePath other) {
        return contains(other) || other.contains(this);
    }

    /** Whether {@code other} is this path or lies inside it ({@code a} contains {@code a.b} and {@code a[1]}). */
    public boolean contains(AttributePath other) {
        return other.segments.size() >= segments.size() && other.segments.subList(0, segments.size()).equals(segments);
    }

    private static String requireName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("Attribute names must not be null or empty");
        }
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttributePath p && segments.equals(p.segments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(segments);
    }

    /** The path as users write it: {@code address.city}, {@code tags[2]}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer i) {
                out.append('[').append(i).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(segment);
            }
        }
        return out.toString();
    }
}
