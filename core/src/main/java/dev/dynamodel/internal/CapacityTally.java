package dev.dynamodel.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * Sums the {@link ConsumedCapacity} that DynamoDB reports over several responses (the pages of a
 * query, the chunks and retries of a batch), table by table: total, read and write units, and the
 * same for the table itself and each index when {@code INDEXES} was asked for. Safe to add to from
 * several threads (a batch's chunks). Not an API.
 */
public final class CapacityTally {
    private final Map<String, Sum> tables = new LinkedHashMap<>();

    /** Adds what one response reported (nothing for an empty list). */
    public synchronized void add(List<ConsumedCapacity> reported) {
        for (ConsumedCapacity capacity : reported) {
            tables.computeIfAbsent(capacity.tableName(), name -> new Sum()).add(capacity);
        }
    }

    /** One entry per table, in the order they were first reported; empty if nothing was. */
    public synchronized List<ConsumedCapacity> total() {
        List<ConsumedCapacity> out = new ArrayList<>(tables.size());
        tables.forEach((name, sum) -> out.add(sum.build(name)));
        return List.copyOf(out);
    }

    /** The sum of the lists, table by table. */
    public static List<ConsumedCapacity> sum(List<List<ConsumedCapacity>> reported) {
        CapacityTally tally = new CapacityTally();
        reported.forEach(tally::add);
        return tally.total();
    }

    /** Units summed; a part DynamoDB never reported stays absent rather than becoming 0. */
    private static final class Units {
        private Double total;
        private Double read;
        private Double write;

        void add(Double capacityUnits, Double readUnits, Double writeUnits) {
            total = plus(total, capacityUnits);
            read = plus(read, readUnits);
            write = plus(write, writeUnits);
        }

        Capacity capacity() {
            return Capacity.builder().capacityUnits(total).readCapacityUnits(read).writeCapacityUnits(write).build();
        }

        private static Double plus(Double sum, Double more) {
            if (more == null) {
                return sum;
            }
            return sum == null ? more : Double.valueOf(sum + more);
        }
    }

    private static final class Sum {
        private final Units units = new Units();
        private Units table;
        private final Map<String, Units> global = new LinkedHashMap<>();
        private final Map<String, Units> local = new LinkedHashMap<>();

        void add(ConsumedCapacity c) {
            units.add(c.capacityUnits(), c.readCapacityUnits(), c.writeCapacityUnits());
            if (c.table() != null) {
                if (table == null) {
                    table = new Units();
                }
                table.add(c.table().capacityUnits(), c.table().readCapacityUnits(), c.table().writeCapacityUnits());
            }
            addIndexes(global, c.hasGlobalSecondaryIndexes() ? c.globalSecondaryIndexes() : Map.of());
            addIndexes(local, c.hasLocalSecondaryIndexes() ? c.localSecondaryIndexes() : Map.of());
        }

        private static void addIndexes(Map<String, Units> sums, Map<String, Capacity> reported) {
            reported.forEach((index, c) -> sums.computeIfAbsent(index, i -> new Units())
                    .add(c.capacityUnits(), c.readCapacityUnits(), c.writeCapacityUnits()));
        }

        ConsumedCapacity build(String name) {
            Capacity total = units.capacity();
            ConsumedCapacity.Builder b = ConsumedCapacity.builder().tableName(name).capacityUnits(total.capacityUnits())
                    .readCapacityUnits(total.readCapacityUnits()).writeCapacityUnits(total.writeCapacityUnits());
            if (table != null) {
                b.table(table.capacity());
            }
            if (!global.isEmpty()) {
                b.globalSecondaryIndexes(capacities(global));
            }
            if (!local.isEmpty()) {
                b.localSecondaryIndexes(capacities(local));
            }
            return b.build();
        }

        private static Map<String, Capacity> capacities(Map<String, Units> sums) {
            Map<String, Capacity> out = new LinkedHashMap<>();
            sums.forEach((index, u) -> out.put(index, u.capacity()));
            return out;
        }
    }
}
