package dev.dynamodel.convert;

import dev.dynamodel.AttributeConverter;
import java.time.Instant;

/**
 * Stores an {@code Instant} as a number of milliseconds since the epoch (sub-millisecond precision
 * is dropped). Used for {@code @Timestamps(storage = EPOCH_MILLIS)}; usable on any field.
 *
 * <pre>{@code
 * @Convert(EpochMillisConverter.class) Instant lastSeen
 * }</pre>
 */
public final class EpochMillisConverter implements AttributeConverter<Instant, Long> {
    @Override
    public Long toStored(Instant value) {
        return value.toEpochMilli();
    }

    @Override
    public Instant fromStored(Long stored) {
        return Instant.ofEpochMilli(stored);
    }
}
