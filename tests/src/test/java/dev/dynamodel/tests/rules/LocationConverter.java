package dev.dynamodel.tests.rules;

import dev.dynamodel.AttributeConverter;

/** A converter whose stored type is a document: the value is stored as a map (M). */
public final class LocationConverter implements AttributeConverter<Location, StoredLocation> {
    @Override
    public StoredLocation toStored(Location value) {
        return new StoredLocation(value.latitude(), value.longitude());
    }

    @Override
    public Location fromStored(StoredLocation stored) {
        return new Location(stored.lat(), stored.lon());
    }
}
