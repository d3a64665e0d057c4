package dev.dynamodel.benchmarks.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamodel.benchmarks.shapes.shop.Address;
import dev.dynamodel.benchmarks.shapes.shop.Customer;
import dev.dynamodel.benchmarks.shapes.shop.Order;
import dev.dynamodel.benchmarks.shapes.shop.ShopItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Both subjects of the collection benchmark read the same 25 records of three types, in the same order. */
class CollectionOverheadTest {

    @Test
    void dynamodelAndHandWrittenSwitch_readTheSameMixedCollection() {
        CollectionOverhead benchmark = new CollectionOverhead();
        CollectionOverhead.Subjects subjects = new CollectionOverhead.Subjects();
        subjects.setUp();
        List<ShopItem> dynamodel = benchmark.dynamodel(subjects);
        assertEquals(benchmark.hand(subjects), dynamodel);
        assertEquals(25, dynamodel.size());
        assertEquals(1, dynamodel.stream().filter(Customer.class::isInstance).count());
        assertEquals(4, dynamodel.stream().filter(Address.class::isInstance).count());
        assertEquals(20, dynamodel.stream().filter(Order.class::isInstance).count());
    }
}
