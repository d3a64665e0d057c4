package dev.dynamodel.convert;

import dev.dynamodel.AttributeConverter;
import java.time.Instant;

/**
 * Stores an {@code Instant} as a number of seconds since the epoch (the fraction is dropped), the
 * form DynamoDB's time to live reads. Used for {@code @Ttl} and
 * {@code @Timestamps(storage = EPOCH_SECONDS)}; usable on any field.
 *
 * <pre>{@code
 * @Convert(EpochSecondsConverter.class) Instant validUntil
 * }</pre>
 */
public final class EpochSecondsConverter implements AttributeConverter<Instant, Long> {
    @Override
    public Long toStored(Instant value) {
        return value.getEpochSecond();
    }

    @Override
    public Instant fromStored(Long stored) {
        return Instant.ofEpochSecond(stored);
    }
}
