package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.ConditionFailedException;
import dev.dynamodel.exception.ItemNotFoundException;
import dev.dynamodel.exception.MissingParentException;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.tests.entities.Address;
import dev.dynamodel.tests.entities.CounterSchema;
import dev.dynamodel.tests.entities.GeoPoint;
import dev.dynamodel.tests.entities.Profile;
import dev.dynamodel.tests.entities.ProfileModel;
import dev.dynamodel.tests.entities.ProfileSchema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every update action, nested paths, conditions, upsert and return values against DynamoDB Local. */
@ExtendWith(DynamoLocalExtension.class)
class UpdateTest {

    @BeforeAll
    static void table(Dynamo dynamo) {
        ProfileModel.of(dynamo).createTableIfNotExists();
    }

    private static Profile profile(String user) {
        return new Profile(user, "PROFILE", "Ada", 1, new BigDecimal("10.5"), // DynamoDB returns numbers without trailing zeros
                new Address("Main St", "Oslo", "0150", new GeoPoint(59.9, 10.7)),
                Map.of("posts", 3, "likes", 7), List.of("a", "b"),
                List.of(new Address("1st", "Bergen", "5003", null), new Address("2nd", "Tromsø", "9008", null)),
                Set.of("x", "y"), Set.of(7, 13));
    }

    @Test
    void set_nestedField_keepsTheRestOfTheMap(Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(dynamo);
        profiles.create(profile("set-nested"));
        Profile after = profiles.update("set-nested", "PROFILE", u -> u.set(ProfileSchema.ADDRESS.city(), "Trondheim"));
        assertEquals("Trondheim", after.address().city());
        assertEquals("Main St", after.address().street());
        assertEquals(new GeoPoint(59.9, 10.7), after.address().location());
        assertEquals(after, profiles.get("set-nested", "PROFILE").orElseThrow());
    }

    @Test
    void set_mapValueByKey_listElementByIndex_andDeepPaths(Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(dynamo);
        profiles.create(profile("paths"));
        Profile after = profiles.update("paths", "PROFILE", u -> u
                .set(ProfileSchema.COUNTS.key("posts"), 4)
                .set(ProfileSchema.COUNTS.key("shares"), 1)
                .set(ProfileSchema.HISTORY.index(1), "B")
                .set(ProfileSchema.PLACES.index(0).city(), "Stavanger")
                .set(ProfileSchema.ADDRESS.location().lat(), 60.0));
        assertEquals(Map.of("posts", 4, "likes", 7, "shares", 1), after.counts());
        assertEquals(List.of("a", "B"), after.history());
        assertEquals("Stavanger", after.places().get(0).city());
        assertEquals("1st", after.places().get(0).street());
        assertEquals(60.0, after.address().location().lat());
    }

    @Test
    void countersSetsAndLists(Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(dynamo);
        profiles.create(profile("numbers"));
        Profile after = profiles.update("numbers", "PROFILE", u -> u
                .add(ProfileSchema.LOGINS, 5)
                .subtract(ProfileSchema.BALANCE, new BigDecimal("0.50"))
                .add(ProfileSchema.TAGS, Set.of("z"))
                .delete(ProfileSchema.LUCKY, Set.of(13))
                .append(ProfileSchema.HISTORY, List.of("c"))
                .prepend(ProfileSchema.PLACES, List.of(new Address("0th", "Alta", "9510", null))));
        assertEquals(6, after.logins());
        assertEquals(0, new BigDecimal("10").compareTo(after.balance()));
        assertEquals(Set.of("x", "y", "z"), after.tags());
        assertEquals(Set.of(7), after.lucky());
        assertEquals(List.of("a", "b", "c"), after.history());
        assertEquals(List.of("Alta", "Bergen", "Tromsø"), after.places().stream().map(Address::city).toList());
    }

    @Test
    void appendAndAdd_createWhatIsMissing(Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(dynamo);
        profiles.create(new Profile("missing", "PROFILE", "Bo", null, null, null, null, null, null, null, null));
        Profile after = profiles.update("missing", "PROFILE", u -> u
                .append(ProfileSchema.HISTORY, List.of("first"))
                .add(ProfileSchema.LOGINS, 1)
                .add(ProfileSchema.TAGS, Set.of("new"))
                .setIfNotExists(ProfileSchema.NAME, "ignored")
                .setIfNotExists(ProfileSchema.BALANCE, BigDecimal.ONE));
        assertEquals(List.of("first"), after.history());
        assertEquals(1, after.logins());
        assertEquals(Set.of("new"), after.tags());
        assertEquals("Bo", after.name(), "setIfNotExists keeps an existing value");
        assertEquals(0, BigDecimal.ONE.compareTo(after.balance()));
    }

    @Test
    void remove_attributeNestedPathAndListElement(Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(dynamo);
        profiles.create(profile("remove"));
        Profile after = profiles.update("remove", "PROFILE", u -> u
                .remove(ProfileSchema.NAME)
                .remove(ProfileSchema.ADDRESS.location())
                .remove(ProfileSchema.HISTORY.index(0))
                .set(ProfileSchema.TAGS, null));
        assertNull(after.name());
        assertNull(after.address().location());
        assertEquals("Oslo", after.address().city());
        assertEquals(List.of("b"), after.history());
        assertNull(after.tags());
    }

    @Test
    void set_wholeNestedValue_replacesIt(Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(dynamo);
        profiles.create(profile("replace"));
        Address moved = new Address(null, "Kirkenes", null, null);
        Profile after = profiles.update("replace", "PROFILE", u -> u.set(ProfileSchema.ADDRESS, moved)
                .set(ProfileSchema.HISTORY, List.of()));
        assertEquals(moved, after.address());
        assertEquals(List.of(), after.history());
    }

    @Test
    void overlappingPaths_areRefusedBeforeSending(Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(dynamo);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> profiles.update("x", "PROFILE",
                u -> u.set(ProfileSchema.ADDRESS.city(), "A").remove(ProfileSchema.ADDRESS)));
        assertEquals("Update actions on overlapping paths 'address.city' and 'address': DynamoDB refuses them in one "
                + "request; update the enclosing value once instead", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> profiles.update("x", "PROFILE",
                u -> u.add(ProfileSchema.LOGINS, 1).set(ProfileSchema.LOGINS, 3)));
    }

    @Test
    void keyAttributesAndEmptyUpdates_areRefused(Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(dynamo);
        IllegalArgumentException key = assertThrows(IllegalArgumentException.class,
                () -> profiles.update("x", "PROFILE", u -> u.set(ProfileSchema.SK, "OTHER")));
        assertTrue(key.getMessage().startsWith("Key attribute 'sk' of Profile cannot be updated"), key.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> profiles.update("x", "PROFILE", u -> { }));
        assertEquals("An update of Profile needs at least one action", empty.getMessage());
    }

    @Test
    void update_ofAMissingItem_throwsItemNotFound_unlessUpsert(Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(dynamo);
        assertThrows(ItemNotFoundException.class,
                () -> profiles.update("ghost", "PROFILE", u -> u.set(ProfileSchema.NAME, "Boo")));
        assertEquals(Optional.empty(), profiles.get("ghost", "PROFILE"));
        Profile created = profiles.update("ghost", "PROFILE", u -> u.set(ProfileSchema.NAME, "Boo").upsert());
        assertEquals("Boo", created.name());
        assertEquals("ghost", created.user());
    }

    @Test
    void returnValues_newOldOrNone(Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(dynamo);
        profiles.create(profile("returns"));
        Profile old = profiles.update("returns", "PROFILE", u -> u.set(ProfileSchema.NAME, "Bea").returnOld());
        assertEquals("Ada", old.name());
        assertNull(profiles.update("returns", "PROFILE", u -> u.set(ProfileSchema.NAME, "Cy").returnNone()));
        assertEquals("Cy", profiles.get("returns", "PROFILE").orElseThrow().name());
    }

    @Test
    void set_nestedField_whoseParentMapIsAbsent_namesTheParent(Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(dynamo);
        Profile bare = new Profile("no-address", "PROFILE", "Ada", 1, null, null, null, null, null, null, null);
        profiles.create(bare);

        MissingParentException e = assertThrows(MissingParentException.class, () -> profiles.update("no-address",
                "PROFILE", u -> u.set(ProfileSchema.ADDRESS.city(), "Oslo").set(ProfileSchema.NAME, "Bo")));

        assertEquals(List.of("address"), e.parents());
        assertTrue(e.getMessage().contains("has no 'address'") && e.getMessage().contains("'address.city'")
                && e.getMessage().contains(profiles.tableName()), e.getMessage());
        assertEquals(Optional.of(bare), profiles.get("no-address", "PROFILE"), "nothing was written");
        Profile fixed = profiles.update("no-address", "PROFILE",
                u -> u.set(ProfileSchema.ADDRESS, new Address(null, "Oslo", null, null)));
        assertEquals("Oslo", fixed.address().city(), "setting the parent as a whole works");
    }

    @Test
    void conditionFailed_namesTheTable_andGivesTheItemTypedBySchema(Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(dynamo);
        Profile stored = profiles.create(profile("typed"));

        ConditionFailedException e = assertThrows(ConditionFailedException.class, () -> profiles.update("typed", "PROFILE",
                u -> u.add(ProfileSchema.LOGINS, 1).condition(ProfileSchema.LOGINS.gt(100))));

        assertTrue(e.getMessage().contains("table " + profiles.tableName()), e.getMessage());
        Optional<Profile> current = e.current(ProfileSchema.INSTANCE);
        assertEquals(Optional.of(stored), current);
        assertEquals("Profile", e.entityName());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> e.current(CounterSchema.INSTANCE));
        assertTrue(wrong.getMessage().contains("Profile") && wrong.getMessage().contains("Counter"), wrong.getMessage());
    }

    @Test
    void conditions_onUpdateSaveAndDelete_failWithTheCurrentItem(Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(dynamo);
        Profile stored = profiles.create(profile("cond"));
        ConditionFailedException onUpdate = assertThrows(ConditionFailedException.class, () -> profiles.update("cond", "PROFILE",
                u -> u.add(ProfileSchema.LOGINS, 1).condition(ProfileSchema.LOGINS.gt(100))));
        assertEquals(Optional.of(stored), onUpdate.current(ProfileSchema.INSTANCE));
        assertInstanceOf(ConditionFailedException.class,
                assertThrows(ConditionFailedException.class, () -> profiles.save(profile("cond"), ProfileSchema.NAME.eq("Zed"))));
        assertThrows(ConditionFailedException.class, () -> profiles.delete("cond", "PROFILE", ProfileSchema.NAME.eq("Zed")));
        assertEquals(Optional.of(stored), profiles.get("cond", "PROFILE"), "nothing was written");

        profiles.update("cond", "PROFILE", u -> u.add(ProfileSchema.LOGINS, 1).condition(ProfileSchema.LOGINS.lt(100)));
        profiles.delete("cond", "PROFILE", ProfileSchema.LOGINS.eq(2));
        assertEquals(Optional.empty(), profiles.get("cond", "PROFILE"));
    }
}
