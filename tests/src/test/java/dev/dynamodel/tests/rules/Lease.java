package dev.dynamodel.tests.rules;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.Ttl;
import dev.dynamodel.annotation.Version;
import java.time.Instant;

/** A versioned entity with a time to live: its version checks follow the expiry rule too. */
@Entity(table = "Leases")
public record Lease(@HashKey String id, String holder, @Ttl Instant expiresAt, @Version Long version) {
}
