package dev.dynamodel.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * A field's {@code @Default} or {@code @DefaultSupplier}.
 *
 * @param kind     where the value comes from
 * @param constant for {@link Kind#CONSTANT}: the text, already checked to parse for the field's type
 * @param supplier for a supplier or function: its class
 * @param force    apply even when the field has a value
 * @param scalar   for a constant or an identifier: the Java kind of the field (also when a converter stores it)
 */
public record DefaultValue(Kind kind, String constant, ClassName supplier, boolean force, ScalarKind scalar) {

    public enum Kind {
        /** {@code @Default("text")}. */
        CONSTANT,
        /** {@code @DefaultSupplier} of a {@code Supplier<V>}. */
        SUPPLIER,
        /** {@code @DefaultSupplier} of a {@code Function<E, V>}: derived from the value being written. */
        FUNCTION,
        /** {@code @AutoId(UUID_V4)}: a random UUID, as a {@code UUID} or its text. */
        UUID_V4,
        /** {@code @AutoId(UUID_V7)}: a time-ordered UUID, as a {@code UUID} or its text. */
        UUID_V7,
        /** {@code @AutoId(ULID)}: a ULID's text. */
        ULID;

        /** Whether the value is a generated identifier ({@code @AutoId}). */
        public boolean isId() {
            return this == UUID_V4 || this == UUID_V7 || this == ULID;
        }
    }
}
