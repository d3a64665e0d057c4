package dev.dynamodel.support;

import dev.dynamodel.exception.UnknownItemTypeException;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.FamilySchema;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What generated family schemas share. For generated code only: not an API, may change in any
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

    /**
     * Without a type attribute: the first member whose table key templates the item's keys match.
     * Members are tried in the order the interface permits them.
     */
    public static <T> EntitySchema<? extends T> byKeys(FamilySchema<T> family, Map<String, AttributeValue> item) {
        for (EntitySchema<? extends T> member : family.members()) {
            if (member.familyMember().orElseThrow().owns(item, family.hashKey(), family.rangeKey())) {
                return member;
            }
        }
        return null;
    }

    /** The item read as its member's type. */
    @SuppressWarnings("unchecked")
    public static <T> T read(FamilySchema<T> family, Map<String, AttributeValue> item) {
        EntitySchema<? extends T> member = family.memberOf(item);
        if (member == null) {
            throw new UnknownItemTypeException(family.entityName(), family.typeAttribute());
        }
        return member.fromItem(item);
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
