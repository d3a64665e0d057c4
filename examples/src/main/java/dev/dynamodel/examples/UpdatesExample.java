package dev.dynamodel.examples;

import dev.dynamodel.Dynamo;
import dev.dynamodel.VersionConflicts;
import dev.dynamodel.exception.ConditionFailedException;
import dev.dynamodel.exception.VersionConflictException;
import dev.dynamodel.local.DynamoLocal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Partial updates, conditional writes and optimistic locking on one order. Prints each result. */
public final class UpdatesExample {
    private UpdatesExample() {
    }

    public static void main(String[] args) {
        try (Dynamo dynamo = DynamoLocal.embedded()) {
            OrderModel orders = OrderModel.of(dynamo);
            orders.createTable();
            Order order = orders.create(new Order("ada", "2024-01", "OPEN", Instant.parse("2024-01-02T10:00:00Z"),
                    new BigDecimal("30"), List.of("book-1"), Map.of("book-1", 1),
                    new Publisher("Ada Lovelace", "London"), 0, null));
            System.out.println("created version " + order.version());

            // tag::update[]
            Order updated = orders.update("ada", "2024-01", u -> u
                    .set(OrderSchema.SHIP_TO.city(), "Cambridge")          // one field of a nested map
                    .set(OrderSchema.QUANTITIES.key("book-2"), 2)           // one value of a map
                    .append(OrderSchema.ITEMS, List.of("book-2"))           // list_append
                    .add(OrderSchema.TOTAL, new BigDecimal("12.50"))        // atomic counter
                    .add(OrderSchema.REMINDERS, 1));
            // end::update[]
            System.out.println("updated: " + updated.shipTo() + " " + updated.items() + " " + updated.quantities().get("book-2")
                    + " total " + updated.total() + " version " + updated.version());

            // tag::conditional[]
            try {
                orders.update("ada", "2024-01", u -> u
                        .set(OrderSchema.STATUS, "SHIPPED")
                        .condition(OrderSchema.STATUS.eq("PAID")));
            } catch (ConditionFailedException e) {
                Order now = e.current(OrderSchema.INSTANCE).orElseThrow();   // the stored item, read in the same call
                System.out.println("not shipped, status is " + now.status());
            }
            // end::conditional[]

            // tag::upsert[]
            Order fresh = orders.update("bob", "2024-02", u -> u.set(OrderSchema.STATUS, "OPEN").upsert());
            // end::upsert[]
            System.out.println("upserted " + fresh.customer() + " " + fresh.status());

            // tag::locking[]
            Order stale = orders.get("ada", "2024-01").orElseThrow();
            orders.save(new Order(stale.customer(), stale.orderId(), "PAID", stale.placedAt(), stale.total(),
                    stale.items(), stale.quantities(), stale.shipTo(), stale.reminders(), stale.version()));
            try {
                orders.save(stale);                                   // carries the old version
            } catch (VersionConflictException e) {
                System.out.println("conflict: stored version is " + e.current(OrderSchema.INSTANCE).orElseThrow().version());
            }
            // end::locking[]

            // tag::retry[]
            Order reminded = VersionConflicts.retry(5, () -> {
                // A consistent read starts from the latest version, so a retry does not lose again.
                Order current = orders.find("ada", "2024-01").consistentRead().get().orElseThrow();
                return orders.save(new Order(current.customer(), current.orderId(), current.status(),
                        current.placedAt(), current.total(), current.items(), current.quantities(),
                        current.shipTo(), current.reminders() + 1, current.version()));
            });
            // end::retry[]
            System.out.println("reminders " + reminded.reminders() + " version " + reminded.version());
        }
    }
}
