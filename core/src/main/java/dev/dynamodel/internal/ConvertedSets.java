package dev.dynamodel.internal;

import dev.dynamodel.AttributeConverter;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Runs an {@link AttributeConverter} over the elements of a set, for sets whose element type is
 * converted (stored as SS, NS or BS of the converted values). Not an API.
 */
public final class ConvertedSets {
    private ConvertedSets() {
    }

    public static <J, S> Set<S> toStored(Set<J> values, AttributeConverter<J, S> converter) {
        Set<S> out = new LinkedHashSet<>(Codecs.capacity(values.size()));
        for (J value : values) {
            // A null stays null for StoredValues to refuse with its path; converters need not expect it.
            out.add(value == null ? null : converter.toStored(value));
        }
        return out;
    }

    public static <J, S> Set<J> fromStored(Set<S> stored, AttributeConverter<J, S> converter) {
        Set<J> out = new LinkedHashSet<>(Codecs.capacity(stored.size()));
        for (S value : stored) {
            out.add(converter.fromStored(value));
        }
        return out;
    }
}
