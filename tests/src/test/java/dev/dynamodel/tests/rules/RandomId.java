package dev.dynamodel.tests.rules;

import java.util.UUID;
import java.util.function.Supplier;

/** A default for ids: a random UUID, made on each write that has none. */
public final class RandomId implements Supplier<String> {
    @Override
    public String get() {
        return UUID.randomUUID().toString();
    }
}
