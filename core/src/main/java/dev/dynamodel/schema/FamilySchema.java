package dev.dynamodel.schema;

import dev.dynamodel.exception.UnknownItemTypeException;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The schema of a {@code @Family}: the shared table and its indexes, the member schemas, and how
 * an item is matched to its member. Generated as {@code <Name>Schema} for the sealed interface.
 * {@link #fromItem} reads an item as the member it belongs to and fails with
 * {@link UnknownItemTypeException} when it belongs to none.
 *
 * <pre>{@code
 * ShopItem item = ShopItemSchema.INSTANCE.fromItem(map);   // a Customer, an Order, ...
 * }</pre>
 *
 * @param <T> the sealed interface
 */
public interface FamilySchema<T> extends EntitySchema<T> {

    /** The member schemas, in the order the interface permits them. */
    List<EntitySchema<? extends T>> members();

    /** The family's type attribute, or null when it is turned off. */
    String typeAttribute();

    /** The member schema that owns this item, or null when it is none of the family's. */
    EntitySchema<? extends T> memberOf(Map<String, AttributeValue> item);

    /**
     * The item read as the member it belongs to.
     *
     * @throws UnknownItemTypeException when it belongs to none
     */
    @Override
    default T fromItem(Map<String, AttributeValue> item) {
        EntitySchema<? extends T> member = memberOf(item);
        if (member == null) {
            throw new UnknownItemTypeException(entityName(), typeAttribute());
        }
        return member.fromItem(item);
    }

    /**
     * Without a type attribute: the first member, in the order the interface permits them, whose
     * table key templates the item's keys match; null when none does.
     */
    default EntitySchema<? extends T> memberByKeys(Map<String, AttributeValue> item) {
        for (EntitySchema<? extends T> member : members()) {
            if (member.familyMember().orElseThrow().owns(item, hashKey(), rangeKey())) {
                return member;
            }
        }
        return null;
    }
}
