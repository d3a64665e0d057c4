package dev.dynamodel.tests.rules;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.Ttl;
import java.time.Instant;

// tag::session[]
@Entity(table = "Sessions")
public record Session(@HashKey String token, String user, @Ttl Instant expiresAt) {
}
// end::session[]
