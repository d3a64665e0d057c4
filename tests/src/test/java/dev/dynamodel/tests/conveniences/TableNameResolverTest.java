package dev.dynamodel.tests.conveniences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocalExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A table-name resolver per entity, composed with the prefix: prefix + resolved name. */
@ExtendWith(DynamoLocalExtension.class)
class TableNameResolverTest {

    @Test
    void resolver_namesThePhysicalTable_andThePrefixGoesBeforeIt(Dynamo dynamo) {
        // tag::resolver[]
        Map<String, String> names = Map.of("parcels", "Parcels-v2");
        Dynamo renamed = Dynamo.builder(dynamo.client())
                .tablePrefix("resolved_")
                .tableNames((declared, entity) -> names.getOrDefault(declared, declared + "-" + entity.entityName()))
                .build();
        ParcelModel parcels = ParcelModel.of(renamed);   // table "resolved_Parcels-v2"
        TraceModel traces = TraceModel.of(renamed);      // table "resolved_traces-Trace"
        // end::resolver[]
        assertEquals("resolved_Parcels-v2", parcels.tableName());
        assertEquals("resolved_traces-Trace", traces.tableName());
        parcels.createTable();
        try {
            Parcel stored = parcels.create(new Parcel(null, "DHL", 1, null, null, null, null, null, null));
            // The item is in the resolved table, read there with the SDK itself.
            assertTrue(dynamo.client().getItem(b -> b.tableName("resolved_Parcels-v2")
                    .key(ParcelSchema.INSTANCE.key(stored.id()))).hasItem());
            assertEquals(stored, parcels.get(stored.id()).orElseThrow());
        } finally {
            parcels.deleteTable();
        }
    }

    @Test
    void resolver_returningNoValidName_isRefusedWhenTheModelIsMade(Dynamo dynamo) {
        Dynamo bad = Dynamo.builder(dynamo.client()).tableNames((declared, entity) -> "x").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParcelModel.of(bad));
        assertEquals("The table of Parcel (declared as 'parcels') resolves to 'x', which is no DynamoDB table name: "
                + "3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'", e.getMessage());
        Dynamo none = Dynamo.builder(dynamo.client()).tableNames((declared, entity) -> null).build();
        assertThrows(IllegalArgumentException.class, () -> ParcelModel.of(none));
    }

    @Test
    void withoutAResolver_theDeclaredNameIsKept(Dynamo dynamo) {
        assertEquals("p_parcels", ParcelModel.of(Dynamo.builder(dynamo.client()).tablePrefix("p_").build()).tableName());
    }
}
