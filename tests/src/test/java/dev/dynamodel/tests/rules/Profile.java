package dev.dynamodel.tests.rules;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.Unknown;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

// tag::profile[]
@Entity(table = "Profiles")
public record Profile(@HashKey String id, String name, Preferences preferences,
                      @Unknown Map<String, AttributeValue> other) {
}
// end::profile[]
