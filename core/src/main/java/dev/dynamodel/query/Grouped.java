package dev.dynamodel.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A collection's items grouped by member type, in the order they were read: the customer, their
 * orders, their addresses.
 *
 * <pre>{@code
 * Grouped<ShopItem> c = shop.collection(CustomerSchema.partitionKey("c1")).grouped();
 * Optional<Customer> customer = c.first(Customer.class);
 * List<Order> orders = c.of(Order.class);
 * }</pre>
 *
 * @param <T> the family's sealed interface
 */
public final class Grouped<T> {
    private final List<T> items;

    Grouped(List<T> items) {
        this.items = List.copyOf(items);
    }

    /** Every item, of every type, in the order read. */
    public List<T> all() {
        return items;
    }

    /** The items of one member type, in the order read. */
    public <U extends T> List<U> of(Class<U> type) {
        List<U> out = new ArrayList<>();
        for (T item : items) {
            if (type.isInstance(item)) {
                out.add(type.cast(item));
            }
        }
        return out;
    }

    /** The first item of one member type, if there is one (the customer of a customer's partition). */
    public <U extends T> Optional<U> first(Class<U> type) {
        for (T item : items) {
            if (type.isInstance(item)) {
                return Optional.of(type.cast(item));
            }
        }
        return Optional.empty();
    }
}
