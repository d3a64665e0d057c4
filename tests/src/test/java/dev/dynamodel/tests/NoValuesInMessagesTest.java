package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.exception.ConditionFailedException;
import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.InvalidItemsException;
import dev.dynamodel.exception.ItemAlreadyExistsException;
import dev.dynamodel.exception.ItemMappingException;
import dev.dynamodel.exception.ItemNotFoundException;
import dev.dynamodel.exception.MissingParentException;
import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.exception.VersionConflictException;
import dev.dynamodel.batch.BatchGetException;
import dev.dynamodel.batch.BatchWriteException;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.exception.InvalidCursorException;
import dev.dynamodel.query.Query;
import dev.dynamodel.transaction.TransactionCancelledException;
import dev.dynamodel.tests.entities.Address;
import dev.dynamodel.tests.entities.Pin;
import dev.dynamodel.tests.entities.PinConverter;
import dev.dynamodel.tests.entities.Vault;
import dev.dynamodel.tests.entities.VaultModel;
import dev.dynamodel.tests.entities.VaultSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items hold secrets, and exception messages end up in logs: every exception the library throws on
 * the write and read paths names tables, paths and types, never a stored value. A marker sits in a
 * key attribute and in the other attributes; no message or {@code toString()} in the chain may hold
 * it. Where a user needs to know which item failed, the exception carries the key as data.
 */
@ExtendWith(DynamoLocalExtension.class)
class NoValuesInMessagesTest {
    private static final String MARKER = "s3cr3t-Mk7Q";
    private static final String OWNER = "owner-" + MARKER;

    @BeforeAll
    static void table(Dynamo dynamo) {
        VaultModel.of(dynamo).createTableIfNotExists();
    }

    private static Vault vault(String slot) {
        return new Vault(OWNER, slot, "pin-" + MARKER, 1, new Address("st-" + MARKER, "Oslo", MARKER, null),
                new Pin("1234"), null);
    }

    /** The exception, after checking that none of its messages, nor its causes', quotes the marker. */
    private static <E extends Throwable> E refusedWithoutMarker(Class<E> type, Executable call) {
        E e = assertThrows(type, call);
        assertNoMarker(e);
        return e;
    }

    private static void assertNoMarker(Throwable e) {
        // The chain as far as the library made it: a converter's own exception is the user's text.
        for (Throwable t = e; t != null && !(t instanceof PinConverter.NotAPin); t = t.getCause()) {
            String message = t.getClass().getName() + " quotes a stored value: " + t;
            assertFalse(String.valueOf(t.getMessage()).contains(MARKER), message);
            assertFalse(t.toString().contains(MARKER), message);
        }
    }

    @Test
    void create_ofAnExistingItem_namesTheKeyAttributes_andCarriesTheKey(Dynamo dynamo) {
        VaultModel vaults = VaultModel.of(dynamo);
        vaults.create(vault("exists"));
        ItemAlreadyExistsException e = refusedWithoutMarker(ItemAlreadyExistsException.class,
                () -> vaults.create(vault("exists")));
        assertEquals("Item already exists in table " + vaults.tableName() + " (key: owner, slot)", e.getMessage());
        assertEquals(VaultSchema.INSTANCE.key(OWNER, "exists"), e.key());
    }

    @Test
    void update_ofAMissingItem(Dynamo dynamo) {
        VaultModel vaults = VaultModel.of(dynamo);
        ItemNotFoundException e = refusedWithoutMarker(ItemNotFoundException.class,
                () -> vaults.update(OWNER, "missing-" + MARKER, u -> u.set(VaultSchema.SECRET, "new-" + MARKER)));
        assertTrue(e.getMessage().startsWith("Item not found in table " + vaults.tableName() + " (key: owner, slot)"),
                e.getMessage());
        assertEquals(VaultSchema.INSTANCE.key(OWNER, "missing-" + MARKER), e.key());
    }

    @Test
    void conditionFailed_onSaveAndDelete(Dynamo dynamo) {
        VaultModel vaults = VaultModel.of(dynamo);
        Vault stored = vaults.create(vault("condition"));
        ConditionFailedException save = refusedWithoutMarker(ConditionFailedException.class,
                () -> vaults.save(stored, VaultSchema.SECRET.eq("other-" + MARKER)));
        assertEquals(ConditionFailedException.class, save.getClass(), "the version matched; the caller's condition did not");
        assertEquals("PutItem on table " + vaults.tableName() + " (key: owner, slot): the condition did not hold",
                save.getMessage());
        assertEquals(VaultSchema.INSTANCE.key(OWNER, "condition"), save.key());
        ConditionFailedException delete = refusedWithoutMarker(ConditionFailedException.class,
                () -> vaults.delete(stored, VaultSchema.SECRET.eq("other-" + MARKER)));
        assertEquals(ConditionFailedException.class, delete.getClass());
    }

    @Test
    void versionConflict_namesTheVersions_notTheItem(Dynamo dynamo) {
        VaultModel vaults = VaultModel.of(dynamo);
        Vault stale = vaults.create(vault("version"));
        vaults.save(stale);
        VersionConflictException e = refusedWithoutMarker(VersionConflictException.class, () -> vaults.save(stale));
        assertEquals("PutItem on table " + vaults.tableName() + " (key: owner, slot): expected version 1 but found"
                + " version 2", e.getMessage());
        assertEquals(VaultSchema.INSTANCE.key(OWNER, "version"), e.key());
    }

    @Test
    void missingParent(Dynamo dynamo) {
        VaultModel vaults = VaultModel.of(dynamo);
        vaults.create(new Vault(OWNER, "no-address", "pin-" + MARKER, 1, null, null, null));
        MissingParentException e = refusedWithoutMarker(MissingParentException.class,
                () -> vaults.update(OWNER, "no-address", u -> u.set(VaultSchema.ADDRESS.city(), "city-" + MARKER)));
        assertTrue(e.getMessage().startsWith("UpdateItem on table " + vaults.tableName() + " (key: owner, slot): the item"
                + " has no 'address'"), e.getMessage());
        assertEquals(VaultSchema.INSTANCE.key(OWNER, "no-address"), e.key());
    }

    @Test
    void validation_ofAValue_andOfAKeyDynamoDbCannotStore(Dynamo dynamo) {
        VaultModel vaults = VaultModel.of(dynamo);
        ValidationException tooLong = refusedWithoutMarker(ValidationException.class,
                () -> vaults.create(new Vault(OWNER, "long", MARKER.repeat(10), 1, null, null, null)));
        assertEquals("secret", tooLong.violations().get(0).path());
        ValidationException badKey = refusedWithoutMarker(ValidationException.class,
                () -> vaults.create(new Vault(OWNER + "\uD800", "bad-key", "pin-" + MARKER, 1, null, null, null)));
        assertEquals("owner", badKey.violations().get(0).path());
        refusedWithoutMarker(ValidationException.class, () -> vaults.get(OWNER + "\uD800", "bad-key"));
    }

    @Test
    void batchWrite_refusedAndDuplicate_listItemsByKeyAttributes(Dynamo dynamo) {
        VaultModel missing = VaultModel.of(Dynamo.builder(dynamo.client()).tablePrefix("missing_").build());
        BatchWriteException e = refusedWithoutMarker(BatchWriteException.class,
                () -> dynamo.batchWrite().put(missing, vault("batch")).deleteKey(missing,
                        VaultSchema.INSTANCE.key(OWNER, "batch-delete")).execute());
        assertEquals(2, e.unwritten().size());
        e.unwritten().forEach(u -> assertFalse(u.toString().contains(MARKER), u.toString()));
        assertTrue(e.getMessage().contains("#0 PUT " + missing.tableName() + " (key: owner, slot): refused"), e.getMessage());
        assertEquals(VaultSchema.INSTANCE.key(OWNER, "batch"), e.unwritten().get(0).key());

        VaultModel vaults = VaultModel.of(dynamo);
        InvalidItemsException duplicate = refusedWithoutMarker(InvalidItemsException.class,
                () -> dynamo.batchWrite().put(vaults, vault("twice")).put(vaults, vault("twice")).execute());
        assertTrue(duplicate.getMessage().contains("same item as #0 in " + vaults.tableName() + " (key: owner, slot)"),
                duplicate.getMessage());
        InvalidItemsException invalid = refusedWithoutMarker(InvalidItemsException.class,
                () -> dynamo.batchWrite().put(vaults, new Vault(OWNER, "long", MARKER.repeat(10), 1, null, null, null)).execute());
        invalid.problems().forEach(p -> assertFalse(p.toString().contains(MARKER), p.toString()));
        InvalidItemsException converter = refusedWithoutMarker(InvalidItemsException.class,
                () -> dynamo.batchWrite().put(vaults, new Vault(OWNER, "pin", null, 1, null, new Pin("x-" + MARKER), null))
                        .execute());
        assertTrue(converter.getMessage().endsWith("#0 put Vault: " + PinConverter.NotAPin.class.getName()
                + " thrown, the problem's cause has it"), converter.getMessage());
        assertTrue(converter.problems().get(0).cause() instanceof PinConverter.NotAPin);
        // A JDK parser inside a converter throws a plain IllegalArgumentException quoting the value:
        // not one of the library's own, so only its type is given.
        InvalidItemsException jdk = assertThrows(InvalidItemsException.class,
                () -> dynamo.writeTransaction().put(vaults, new Vault(OWNER, "pin", null, 1, null,
                        new Pin(PinConverter.RECOVERY + MARKER), null)).execute());
        assertFalse(jdk.toString().contains(MARKER), jdk.toString());
        assertFalse(jdk.problems().get(0).toString().contains(MARKER), jdk.problems().get(0).toString());
        assertTrue(jdk.getMessage().endsWith("#0 put Vault: java.lang.IllegalArgumentException thrown, the problem's"
                + " cause has it"), jdk.getMessage());
        InvalidItemsException key = refusedWithoutMarker(InvalidItemsException.class,
                () -> dynamo.batchWrite().put(vaults, new Vault(null, "pin", null, 1, null, null, null)).execute());
        assertTrue(key.getMessage().endsWith("#0 put Vault: Key attribute 'owner' of Vault must not be null"),
                key.getMessage());
    }

    @Test
    void batchGet_refused(Dynamo dynamo) {
        VaultModel missing = VaultModel.of(Dynamo.builder(dynamo.client()).tablePrefix("missing_").build());
        refusedWithoutMarker(BatchGetException.class,
                () -> dynamo.batchGet().get(missing, VaultSchema.INSTANCE.key(OWNER, "batch-get")).execute());
    }

    @Test
    void transactionCancelled_listsReasonsByKeyAttributes(Dynamo dynamo) {
        VaultModel vaults = VaultModel.of(dynamo);
        vaults.create(vault("tx"));
        Vault stored = vaults.create(vault("tx-update"));
        TransactionCancelledException e = refusedWithoutMarker(TransactionCancelledException.class,
                () -> dynamo.writeTransaction()
                        .create(vaults, vault("tx"))
                        .update(vaults, stored, u -> u.set(VaultSchema.USES, 2).condition(VaultSchema.SECRET.eq(MARKER)))
                        .execute());
        e.reasons().forEach(r -> assertFalse(r.toString().contains(MARKER), r.toString()));
        assertTrue(e.getMessage().contains("#0 Create " + vaults.tableName() + " (key: owner, slot): ConditionalCheckFailed"),
                e.getMessage());
        assertEquals(VaultSchema.INSTANCE.key(OWNER, "tx"), e.reasons().get(0).key());
    }

    @Test
    void invalidCursor_ofAnotherQuery_orAltered(Dynamo dynamo) {
        VaultModel vaults = VaultModel.of(dynamo);
        vaults.save(vault("cursor-1"));
        vaults.save(vault("cursor-2"));
        Query<Vault> query = vaults.query(VaultSchema.OWNER.eq(OWNER).and(VaultSchema.SLOT.beginsWith("cursor-")));
        String cursor = query.limit(1).page().cursor().orElseThrow();
        List<String> refusals = List.of(
                assertThrows(InvalidCursorException.class, () -> vaults.query(VaultSchema.OWNER.eq(OWNER))
                        .startAfter(cursor).list()).getMessage(),
                assertThrows(InvalidCursorException.class, () -> query.startAfter(cursor.substring(0, 20) + "A"
                        + cursor.substring(21)).list()).getMessage(),
                assertThrows(InvalidCursorException.class, () -> query.startAfter(cursor + "!").list()).getMessage());
        for (String message : refusals) {
            assertFalse(message.contains(MARKER) || message.contains(cursor.substring(4, 24)), message);
        }
        refusedWithoutMarker(InvalidCursorException.class,
                () -> query.startAfter(cursor.substring(0, cursor.length() - 8)).list());
    }

    @Test
    void itemMapping_ofAStoredValueOfAnotherType(Dynamo dynamo) {
        VaultModel vaults = VaultModel.of(dynamo);
        Map<String, AttributeValue> item = new HashMap<>(VaultSchema.INSTANCE.key(OWNER, "mapping"));
        item.put("uses", AttributeValue.fromS("uses-" + MARKER));
        item.put("secret", AttributeValue.fromS("pin-" + MARKER));
        dynamo.client().putItem(b -> b.tableName(vaults.tableName()).item(item));
        ItemMappingException e = refusedWithoutMarker(ItemMappingException.class, () -> vaults.get(OWNER, "mapping"));
        assertEquals("uses", e.path());

        item.put("uses", AttributeValue.fromN("1"));
        item.put("address", AttributeValue.fromM(Map.of("zip_code", AttributeValue.fromN("12345"),
                "city", AttributeValue.fromS(MARKER))));
        dynamo.client().putItem(b -> b.tableName(vaults.tableName()).item(item));
        ItemMappingException nested = refusedWithoutMarker(ItemMappingException.class,
                () -> vaults.query(VaultSchema.OWNER.eq(OWNER).and(VaultSchema.SLOT.eq("mapping"))).list());
        assertEquals("address.zip_code", nested.path());
    }
}
