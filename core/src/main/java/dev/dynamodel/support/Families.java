package dev.dynamodel.support;

import dev.dynamodel.exception.UnknownItemTypeException;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What generated family and polymorphic-document schemas share (the reading of a family's items,
 * which needs the schemas, is {@code FamilySchema}'s: this package sits below {@code schema}). For generated code only: not an API, may change in any
 * release without notice.
 */
public final class Families {
    private Families() {
    }

    /** The stored type name, or null when the item has none (or not as a string). */
    public static String typeName(Map<String, AttributeValue> item, String typeAttribute) {
        AttributeValue value = item.get(typeAttribute);
        return value == null ? null : value.s();
    }

    /** A permitted document's map with the type attribute added: how a polymorphic document is stored. */
    public static Map<String, AttributeValue> tagged(Map<String, AttributeValue> item, String typeAttribute,
                                                     String typeName) {
        item.put(typeAttribute, AttributeValue.fromS(typeName));
        return item;
    }

    /** The error for a stored polymorphic document whose type attribute names none of the permitted documents. */
    public static UnknownItemTypeException unknownDocument(String document, String typeAttribute) {
        return new UnknownItemTypeException(document, typeAttribute);
    }

    /** The error for a value of a class the sealed interface does not permit (compiled against an older family). */
    public static IllegalArgumentException notAMember(String family, Object value) {
        return new IllegalArgumentException(value.getClass().getName() + " is not a member of family " + family);
    }
}
