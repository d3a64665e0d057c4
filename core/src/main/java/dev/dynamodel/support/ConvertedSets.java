package dev.dynamodel.support;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs a converter over the elements of a set, for sets whose element type is converted (stored as
 * SS, NS or BS of the converted values). Generated code passes the {@code AttributeConverter}'s
 * method as a function ({@code CONVERTER::toStored}), so that this package needs nothing from the
 * API package above it.
 *
 * <p>For generated code only: not an API, may change in any release without notice.
 */
public final class ConvertedSets {
    private ConvertedSets() {
    }

    public static <J, S> Set<S> toStored(Set<J> values, Function<J, S> converter) {
        Set<S> out = new LinkedHashSet<>(Codecs.capacity(values.size()));
        for (J value : values) {
            // A null stays null for StoredValues to refuse with its path; converters need not expect it.
            out.add(value == null ? null : converter.apply(value));
        }
        return out;
    }

    public static <J, S> Set<J> fromStored(Set<S> stored, Function<S, J> converter) {
        Set<J> out = new LinkedHashSet<>(Codecs.capacity(stored.size()));
        for (S value : stored) {
            out.add(converter.apply(value));
        }
        return out;
    }
}
