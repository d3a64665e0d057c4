package dev.dynamodel.tests.conveniences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.ItemNotFoundException;
import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.exception.VersionConflictException;
import dev.dynamodel.exception.Violation;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.tests.support.Face;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code patch}: only the non-null fields are written, as a version-checked, timestamped update. */
@ExtendWith(DynamoLocalExtension.class)
class PatchTest {
    private static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant PATCHED = Instant.parse("2024-02-01T00:00:00Z");

    @BeforeAll
    static void createTables(Dynamo dynamo) {
        ParcelModel.of(dynamo).createTableIfNotExists();
        GadgetModel.of(dynamo).createTableIfNotExists();
    }

    private static ParcelModel parcels(Dynamo dynamo, Instant now) {
        return ParcelModel.of(Dynamo.builder(dynamo.client()).asyncClient(dynamo.asyncClient())
                .tablePrefix(dynamo.tablePrefix()).clock(Clock.fixed(now, ZoneOffset.UTC)).build());
    }

    private static Parcel stored(Dynamo dynamo) {
        return parcels(dynamo, CREATED).create(new Parcel(null, "DHL", 500, "a@b.co", Set.of("fragile"), null, null,
                null, null));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void patch_writesOnlyNonNullFields_checksAndBumpsTheVersion_andStampsUpdatedAt(Face face, Dynamo dynamo) {
        Parcel before = stored(dynamo);
        ParcelModel later = parcels(dynamo, PATCHED);
        Parcel patch = ParcelBuilder.create().id(before.id()).weightGrams(750).version(before.version()).build();
        Parcel after = face.call(() -> later.patch(patch), () -> later.async().patch(patch));
        assertEquals(new Parcel(before.id(), "DHL", 750, "a@b.co", Set.of("fragile"), "NEW", CREATED, PATCHED, 2L),
                after);
        assertEquals(after, later.get(before.id()).orElseThrow());
    }

    @Test
    void patch_leavesTheAttributesItDoesNotHoldAsStored(Dynamo dynamo) {
        ParcelModel parcels = ParcelModel.of(dynamo);
        Parcel parcel = parcels.create(new Parcel(null, "DHL", 500, "a@b.co", Set.of("fragile"), null, null, null,
                null));
        // tag::patch[]
        Parcel patch = ParcelBuilder.create()
                .id(parcel.id())
                .weightGrams(750)
                .version(parcel.version())                 // checked, then incremented
                .build();
        Parcel stored = parcels.patch(patch);   // UpdateItem: SET weightGrams, updatedAt; ADD version 1
        stored.carrier();                       // "DHL": null fields are not written
        // end::patch[]
        assertEquals("DHL", stored.carrier());
        assertEquals(750, stored.weightGrams());
        assertEquals(Set.of("fragile"), stored.labels());
        assertEquals(parcel.version() + 1, stored.version());
    }

    @Test
    void patch_ofAStaleVersion_isAConflict_andWritesNothing(Dynamo dynamo) {
        Parcel before = stored(dynamo);
        ParcelModel parcels = ParcelModel.of(dynamo);
        parcels.patch(ParcelBuilder.create().id(before.id()).carrier("UPS").version(before.version()).build());
        Parcel stale = ParcelBuilder.create().id(before.id()).carrier("GLS").version(before.version()).build();
        VersionConflictException e = assertThrows(VersionConflictException.class, () -> parcels.patch(stale));
        assertEquals("UpdateItem", e.operation());
        assertEquals("UPS", parcels.get(before.id()).orElseThrow().carrier());
    }

    @Test
    void patch_ofAMissingItem_isRefused_andCreatesNothing(Dynamo dynamo) {
        ParcelModel parcels = ParcelModel.of(dynamo);
        // Versioned: as update, the version check fails first and says there is no item.
        Parcel ghost = new Parcel("NO-SUCH-PARCEL", "DHL", null, null, null, null, null, null, 1L);
        VersionConflictException conflict = assertThrows(VersionConflictException.class, () -> parcels.patch(ghost));
        assertTrue(conflict.getMessage().contains("expected version 1 but found no item"), conflict.getMessage());
        assertTrue(parcels.get("NO-SUCH-PARCEL").isEmpty());
        // Unversioned: the item must exist.
        GadgetModel gadgets = GadgetModel.of(dynamo);
        Gadget missing = GadgetBuilder.create().id("NO-SUCH-GADGET").name("ghost").build();
        assertThrows(ItemNotFoundException.class, () -> gadgets.patch(missing));
        assertTrue(gadgets.get("NO-SUCH-GADGET").isEmpty());
    }

    @Test
    void patch_validatesTheWrittenFields_only(Dynamo dynamo) {
        Parcel before = stored(dynamo);
        ParcelModel parcels = ParcelModel.of(dynamo);
        // carrier is @NotBlank but null here: left out, so not checked. weightGrams and contact are written.
        Parcel bad = new Parcel(before.id(), null, -1, "not-an-email", null, null, null, null, before.version());
        ValidationException e = assertThrows(ValidationException.class, () -> parcels.patch(bad));
        assertEquals(List.of("weightGrams", "contact"), e.violations().stream().map(Violation::path).toList());
        assertEquals(before, parcels.get(before.id()).orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void patch_ofAVersionedEntityWithoutItsVersion_isRefusedBeforeSending(Face face, Dynamo dynamo) {
        Parcel before = stored(dynamo);
        ParcelModel parcels = ParcelModel.of(dynamo);
        Parcel unversioned = ParcelBuilder.create().id(before.id()).carrier("UPS").build();
        // On the async face the future fails with the same exception; the call itself does not throw.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> face.call(() -> parcels.patch(unversioned), () -> parcels.async().patch(unversioned)));
        assertEquals("A patch of Parcel needs the version it changes ('version'): a patch updates an existing item, "
                + "checked by its version", e.getMessage());
        assertEquals("DHL", parcels.get(before.id()).orElseThrow().carrier());
    }

    @Test
    void patch_withNothingButTheKey_isRefused(Dynamo dynamo) {
        Parcel before = stored(dynamo);
        Parcel empty = ParcelBuilder.create().id(before.id()).version(before.version()).build();
        assertThrows(IllegalArgumentException.class, () -> ParcelModel.of(dynamo).patch(empty));
    }

    @Test
    void patch_ofAClass_alwaysWritesPrimitives_andLeavesOtherAttributes(Dynamo dynamo) {
        GadgetModel gadgets = GadgetModel.of(dynamo);
        Gadget gadget = new Gadget();
        gadget.setName("lamp");
        gadget.setStock(7);
        gadget.setPrice(9.5);
        gadget.setParts(List.of("bulb"));
        Gadget stored = gadgets.create(gadget);
        Gadget patch = new Gadget();
        patch.setId(stored.getId());
        patch.setPrice(12.0);
        patch.setParts(null);
        Gadget after = gadgets.patch(patch);
        assertEquals("lamp", after.getName());
        assertEquals(12.0, after.getPrice());
        // A primitive is never null: the patch wrote its 0, as DynamoDBMapper's UPDATE_SKIP_NULL_ATTRIBUTES does.
        assertEquals(0, after.getStock());
        Map<String, AttributeValue> raw = dynamo.client().getItem(b -> b.tableName(gadgets.tableName())
                .key(GadgetSchema.INSTANCE.key(stored.getId()))).item();
        assertEquals(AttributeValue.fromL(List.of(AttributeValue.fromS("bulb"))), raw.get("parts"), "null: left as stored");
        assertEquals(AttributeValue.fromS("lamp"), raw.get("name"));
    }
}
