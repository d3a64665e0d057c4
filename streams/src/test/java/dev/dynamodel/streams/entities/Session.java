package dev.dynamodel.streams.entities;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.RangeKey;
import dev.dynamodel.annotation.Ttl;
import dev.dynamodel.annotation.Version;
import java.time.Instant;
import java.util.Set;

/** A user's login session: nested document, set, TTL and version, so images exercise the schema's decoding. */
@Entity(table = "Sessions")
public record Session(
        @HashKey String userId,
        @RangeKey String sessionId,
        String device,
        Set<String> scopes,
        Place place,
        @Ttl Instant expiresAt,
        @Version Long version) {
}
