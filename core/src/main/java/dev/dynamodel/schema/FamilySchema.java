package dev.dynamodel.schema;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The schema of a {@code @Family}: the shared table and its indexes, the member schemas, and how
 * an item is matched to its member. Generated as {@code <Name>Schema} for the sealed interface.
 * {@link #fromItem} reads an item as the member it belongs to and fails with
 * {@link dev.dynamodel.exception.UnknownItemTypeException} when it belongs to none.
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
}
