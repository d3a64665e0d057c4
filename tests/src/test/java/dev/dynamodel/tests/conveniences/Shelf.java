package dev.dynamodel.tests.conveniences;

import dev.dynamodel.annotation.Document;
import dev.dynamodel.annotation.Ignore;
import dev.dynamodel.annotation.Unknown;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A document record with an ignored component and a catch-all: the builder carries both. */
@Document
public record Shelf(String label, List<String> books, @Ignore String cachedTitle,
                    @Unknown Map<String, AttributeValue> others) {
}
