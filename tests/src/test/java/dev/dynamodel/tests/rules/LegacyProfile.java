package dev.dynamodel.tests.rules;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.Unknown;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A mutable class reading the same table as {@link Profile}, with its catch-all set through a setter. */
@Entity(table = "Profiles")
public class LegacyProfile {
    @HashKey
    private String id;
    @Unknown
    private Map<String, AttributeValue> everythingElse;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Map<String, AttributeValue> getEverythingElse() { return everythingElse; }
    public void setEverythingElse(Map<String, AttributeValue> everythingElse) { this.everythingElse = everythingElse; }
}
