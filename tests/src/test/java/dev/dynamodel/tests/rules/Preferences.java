package dev.dynamodel.tests.rules;

import dev.dynamodel.annotation.Document;
import dev.dynamodel.annotation.Unknown;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A nested document that keeps its own unknown attributes. */
@Document
public record Preferences(String theme, @Unknown Map<String, AttributeValue> rest) {
}
