package dev.dynamodel.tests.rules;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.Ttl;

/** A TTL held as epoch seconds in a long. */
@Entity
public record CacheEntry(@HashKey String key, String value, @Ttl long expiresAt) {
}
