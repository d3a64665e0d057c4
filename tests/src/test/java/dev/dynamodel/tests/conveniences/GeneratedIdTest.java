package dev.dynamodel.tests.conveniences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.tests.support.Face;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code @AutoId}: the key is generated on create, comes back in the returned entity, and is what is stored. */
@ExtendWith(DynamoLocalExtension.class)
class GeneratedIdTest {

    @BeforeAll
    static void createTables(Dynamo dynamo) {
        ParcelModel.of(dynamo).createTableIfNotExists();
        TraceModel.of(dynamo).createTableIfNotExists();
        GadgetModel.of(dynamo).createTableIfNotExists();
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void create_withoutAKey_returnsTheGeneratedUlid_thatReadsBack(Face face, Dynamo dynamo) {
        ParcelModel parcels = ParcelModel.of(dynamo);
        Parcel parcel = new Parcel(null, "DHL", 500, null, null, null, null, null, null);
        Parcel stored = face.call(() -> parcels.create(parcel), () -> parcels.async().create(parcel));
        assertTrue(stored.id().matches("[0-9A-HJKMNP-TV-Z]{26}"), stored.id());
        assertEquals(Optional.of(stored), parcels.get(stored.id()));
    }

    @Test
    void create_returnsTheEntityWithItsGeneratedKey(Dynamo dynamo) {
        ParcelModel parcels = ParcelModel.of(dynamo);
        // tag::auto-id[]
        Parcel stored = parcels.create(new Parcel(null, "DHL", 500, null, null, null, null, null, null));
        stored.id();   // "01JDQ6Z4X8M3V1T0K9R2B5N7CE": a ULID, made by create
        // end::auto-id[]
        assertEquals(26, stored.id().length());
        assertEquals(stored.id(), parcels.scan().list().stream().map(Parcel::id).filter(stored.id()::equals)
                .findFirst().orElseThrow());
    }

    @Test
    void create_keepsAKeyTheCallerGave(Dynamo dynamo) {
        ParcelModel parcels = ParcelModel.of(dynamo);
        Parcel stored = parcels.create(new Parcel("MY-OWN-ID", "DHL", 1, null, null, null, null, null, null));
        assertEquals("MY-OWN-ID", stored.id());
    }

    @Test
    void ulidKeys_madeOneAfterAnother_sortInTheOrderMade(Dynamo dynamo) {
        ParcelModel parcels = ParcelModel.of(dynamo);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(parcels.create(new Parcel(null, "UPS", i, null, null, null, null, null, null)).id());
        }
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertEquals(sorted, ids, "ULIDs made one after another sort in the order they were made");
    }

    @Test
    void uuidKeys_v7AsUuid_andV4AsText_roundTrip(Dynamo dynamo) {
        TraceModel traces = TraceModel.of(dynamo);
        Trace first = traces.create(new Trace(null, null, "first"));
        Trace second = traces.create(new Trace(null, null, "second"));
        assertEquals(7, first.id().version());
        assertEquals(4, UUID.fromString(first.span()).version());
        assertTrue(first.id().toString().compareTo(second.id().toString()) < 0, "v7 UUIDs are time-ordered");
        assertEquals(Optional.of(first), traces.get(first.id(), first.span()));
        var raw = dynamo.client().getItem(b -> b.tableName(traces.tableName()).key(TraceSchema.INSTANCE.key(first.id(),
                first.span()))).item();
        assertEquals(AttributeValue.fromS(first.id().toString()), raw.get("id"));
    }

    @Test
    void mutableClass_getsItsIdSetInPlace_andSaveOfANewEntityGeneratesOneToo(Dynamo dynamo) {
        GadgetModel gadgets = GadgetModel.of(dynamo);
        Gadget gadget = new Gadget();
        gadget.setName("lamp");
        Gadget stored = gadgets.save(gadget);
        assertNotNull(stored.getId());
        assertEquals(7, UUID.fromString(stored.getId()).version());
        Gadget other = new Gadget();
        other.setName("lamp");
        assertNotEquals(stored.getId(), gadgets.save(other).getId());
    }
}
