package dev.dynamodel.tests.rules;

import dev.dynamodel.AttributeConverter;

/** Registered for the whole package in {@code package-info.java}. */
public final class SkuConverter implements AttributeConverter<Sku, String> {
    @Override
    public String toStored(Sku value) {
        return value.code();
    }

    @Override
    public Sku fromStored(String stored) {
        return new Sku(stored);
    }
}
