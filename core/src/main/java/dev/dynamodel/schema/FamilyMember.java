package dev.dynamodel.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What makes an entity a member of a {@code @Family}: its type name, the attribute that holds it,
 * and the templates of its key attributes (table and indexes). Generated into the member's schema,
 * returned by {@link EntitySchema#familyMember()}.
 *
 * @param typeAttribute the family's type attribute, or null when the family turned it off
 * @param typeName      the name this member writes there
 * @param templates     one per key attribute the member fills: the table's keys, then its index keys
 */
public record FamilyMember(String typeAttribute, String typeName, List<Template> templates) {
    public FamilyMember {
        Objects.requireNonNull(typeName, "typeName");
        templates = List.copyOf(templates);
    }

    /** The template that fills this key attribute, if the member fills it. */
    public Optional<Template> template(String attribute) {
        for (Template template : templates) {
            if (template.attribute().equals(attribute)) {
                return Optional.of(template);
            }
        }
        return Optional.empty();
    }

    /** Whether an item is this member's: by its type attribute, or without one by the shape of its table keys. */
    public boolean owns(java.util.Map<String, AttributeValue> item, KeyAttribute hashKey, Optional<KeyAttribute> rangeKey) {
        if (typeAttribute != null) {
            AttributeValue type = item.get(typeAttribute);
            return type != null && typeName.equals(type.s());
        }
        return shapeMatches(item, hashKey) && rangeKey.map(range -> shapeMatches(item, range)).orElse(true);
    }

    private boolean shapeMatches(java.util.Map<String, AttributeValue> item, KeyAttribute key) {
        AttributeValue value = item.get(key.name());
        Optional<Template> template = template(key.name());
        return value != null && value.s() != null && template.map(t -> t.matches(value.s())).orElse(false);
    }
}
