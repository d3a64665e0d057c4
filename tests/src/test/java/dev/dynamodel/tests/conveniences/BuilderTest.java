package dev.dynamodel.tests.conveniences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocalExtension;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Generated builders: a copy with some fields changed, for records and classes, written and read back. */
@ExtendWith(DynamoLocalExtension.class)
class BuilderTest {

    @BeforeAll
    static void createTables(Dynamo dynamo) {
        ParcelModel.of(dynamo).createTableIfNotExists();
        GadgetModel.of(dynamo).createTableIfNotExists();
    }

    @Test
    void record_from_changesOnlyTheFieldsSet_andTheCopySaves(Dynamo dynamo) {
        ParcelModel parcels = ParcelModel.of(dynamo);
        Parcel stored = parcels.create(new Parcel(null, "DHL", 500, "a@b.co", Set.of("fragile"), null, null, null, null));
        // tag::builder[]
        Parcel moved = ParcelBuilder.from(stored)        // every field of stored, which stays as it is
                .carrier("UPS")
                .labels(Set.of("fragile", "express"))
                .build();
        // end::builder[]
        assertEquals(new Parcel(stored.id(), "UPS", 500, "a@b.co", Set.of("fragile", "express"), "NEW",
                stored.createdAt(), stored.updatedAt(), stored.version()), moved);
        assertEquals("DHL", stored.carrier(), "the source is left unchanged");
        Parcel saved = parcels.save(moved);
        assertEquals(2L, saved.version());
        assertEquals(saved, parcels.get(stored.id()).orElseThrow());
    }

    @Test
    void record_create_startsWithEveryFieldNull() {
        assertEquals(new Parcel(null, null, null, null, null, null, null, null, null), ParcelBuilder.create().build());
    }

    @Test
    void record_carriesIgnoredAndCatchAllComponents() {
        Map<String, AttributeValue> others = Map.of("legacy", AttributeValue.fromS("x"));
        Shelf shelf = new Shelf("A", List.of("Dune"), "cached", others);
        Shelf relabelled = ShelfBuilder.from(shelf).label("B").build();
        assertEquals(new Shelf("B", List.of("Dune"), "cached", others), relabelled);
    }

    @Test
    void class_from_makesANewInstance_andCreateKeepsTheConstructorsInitialValues(Dynamo dynamo) {
        Gadget gadget = new Gadget();
        gadget.setName("lamp");
        gadget.setStock(3);
        Gadget copy = GadgetBuilder.from(gadget).stock(4).build();
        assertNotSame(gadget, copy);
        assertEquals(3, gadget.getStock());
        assertEquals("lamp", copy.getName());
        assertEquals(4, copy.getStock());
        assertEquals(List.of(), GadgetBuilder.create().build().getParts(), "new Gadget() starts with an empty list");
        assertNull(GadgetBuilder.create().build().getId());
        Gadget stored = GadgetModel.of(dynamo).create(copy);
        assertEquals(4, GadgetModel.of(dynamo).get(stored.getId()).orElseThrow().getStock());
    }
}
