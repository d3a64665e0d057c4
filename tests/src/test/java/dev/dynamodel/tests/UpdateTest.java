package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.condition.Condition;
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
import dev.dynamodel.tests.support.Face;
import dev.dynamodel.update.Update;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every update action, nested paths, conditions, upsert and return values against DynamoDB Local,
 * each case on both faces ({@link Face}), each face on its own table.
 */
@ExtendWith(DynamoLocalExtension.class)
class UpdateTest {

    @BeforeAll
    static void table(Dynamo dynamo) {
        for (Face face : Face.values()) {
            ProfileModel.of(face.runtime(dynamo)).createTableIfNotExists();
        }
    }

    // Each case is written once, through these: the blocking model's method, or its async() face's.

    private static Profile create(Face face, ProfileModel profiles, Profile profile) {
        return face.call(() -> profiles.create(profile), () -> profiles.async().create(profile));
    }

    private static Profile save(Face face, ProfileModel profiles, Profile profile, Condition condition) {
        return face.call(() -> profiles.save(profile, condition), () -> profiles.async().save(profile, condition));
    }

    private static Optional<Profile> get(Face face, ProfileModel profiles, String user, String sk) {
        return face.call(() -> profiles.get(user, sk), () -> profiles.async().get(user, sk));
    }

    private static Profile update(Face face, ProfileModel profiles, String user, String sk,
                                  Consumer<Update<Profile>> actions) {
        return face.call(() -> profiles.update(user, sk, actions), () -> profiles.async().update(user, sk, actions));
    }

    private static void delete(Face face, ProfileModel profiles, String user, String sk, Condition condition) {
        face.run(() -> profiles.delete(user, sk, condition), () -> profiles.async().delete(user, sk, condition));
    }

    private static Profile profile(String user) {
        return new Profile(user, "PROFILE", "Ada", 1, new BigDecimal("10.5"), // DynamoDB returns numbers without trailing zeros
                new Address("Main St", "Oslo", "0150", new GeoPoint(59.9, 10.7)),
                Map.of("posts", 3, "likes", 7), List.of("a", "b"),
                List.of(new Address("1st", "Bergen", "5003", null), new Address("2nd", "Tromsø", "9008", null)),
                Set.of("x", "y"), Set.of(7, 13));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void set_nestedField_keepsTheRestOfTheMap(Face face, Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(face.runtime(dynamo));
        create(face, profiles, profile("set-nested"));
        Profile after = update(face, profiles, "set-nested", "PROFILE", u -> u.set(ProfileSchema.ADDRESS.city(), "Trondheim"));
        assertEquals("Trondheim", after.address().city());
        assertEquals("Main St", after.address().street());
        assertEquals(new GeoPoint(59.9, 10.7), after.address().location());
        assertEquals(after, get(face, profiles, "set-nested", "PROFILE").orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void set_mapValueByKey_listElementByIndex_andDeepPaths(Face face, Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(face.runtime(dynamo));
        create(face, profiles, profile("paths"));
        Profile after = update(face, profiles, "paths", "PROFILE", u -> u
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

    @ParameterizedTest
    @EnumSource(Face.class)
    void countersSetsAndLists(Face face, Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(face.runtime(dynamo));
        create(face, profiles, profile("numbers"));
        Profile after = update(face, profiles, "numbers", "PROFILE", u -> u
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

    @ParameterizedTest
    @EnumSource(Face.class)
    void appendAndAdd_createWhatIsMissing(Face face, Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(face.runtime(dynamo));
        create(face, profiles, new Profile("missing", "PROFILE", "Bo", null, null, null, null, null, null, null, null));
        Profile after = update(face, profiles, "missing", "PROFILE", u -> u
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

    @ParameterizedTest
    @EnumSource(Face.class)
    void remove_attributeNestedPathAndListElement(Face face, Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(face.runtime(dynamo));
        create(face, profiles, profile("remove"));
        Profile after = update(face, profiles, "remove", "PROFILE", u -> u
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

    @ParameterizedTest
    @EnumSource(Face.class)
    void set_wholeNestedValue_replacesIt(Face face, Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(face.runtime(dynamo));
        create(face, profiles, profile("replace"));
        Address moved = new Address(null, "Kirkenes", null, null);
        Profile after = update(face, profiles, "replace", "PROFILE", u -> u.set(ProfileSchema.ADDRESS, moved)
                .set(ProfileSchema.HISTORY, List.of()));
        assertEquals(moved, after.address());
        assertEquals(List.of(), after.history());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void overlappingPaths_areRefusedBeforeSending(Face face, Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(face.runtime(dynamo));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> update(face, profiles, "x", "PROFILE",
                u -> u.set(ProfileSchema.ADDRESS.city(), "A").remove(ProfileSchema.ADDRESS)));
        assertEquals("Update actions on overlapping paths 'address.city' and 'address': DynamoDB refuses them in one "
                + "request; update the enclosing value once instead", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> update(face, profiles, "x", "PROFILE",
                u -> u.add(ProfileSchema.LOGINS, 1).set(ProfileSchema.LOGINS, 3)));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void keyAttributesAndEmptyUpdates_areRefused(Face face, Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(face.runtime(dynamo));
        IllegalArgumentException key = assertThrows(IllegalArgumentException.class,
                () -> update(face, profiles, "x", "PROFILE", u -> u.set(ProfileSchema.SK, "OTHER")));
        assertTrue(key.getMessage().startsWith("Key attribute 'sk' of Profile cannot be updated"), key.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> update(face, profiles, "x", "PROFILE", u -> { }));
        assertEquals("An update of Profile needs at least one action", empty.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void update_ofAMissingItem_throwsItemNotFound_unlessUpsert(Face face, Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(face.runtime(dynamo));
        assertThrows(ItemNotFoundException.class,
                () -> update(face, profiles, "ghost", "PROFILE", u -> u.set(ProfileSchema.NAME, "Boo")));
        assertEquals(Optional.empty(), get(face, profiles, "ghost", "PROFILE"));
        Profile created = update(face, profiles, "ghost", "PROFILE", u -> u.set(ProfileSchema.NAME, "Boo").upsert());
        assertEquals("Boo", created.name());
        assertEquals("ghost", created.user());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void returnValues_newOldOrNone(Face face, Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(face.runtime(dynamo));
        create(face, profiles, profile("returns"));
        Profile old = update(face, profiles, "returns", "PROFILE", u -> u.set(ProfileSchema.NAME, "Bea").returnOld());
        assertEquals("Ada", old.name());
        assertNull(update(face, profiles, "returns", "PROFILE", u -> u.set(ProfileSchema.NAME, "Cy").returnNone()));
        assertEquals("Cy", get(face, profiles, "returns", "PROFILE").orElseThrow().name());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void set_nestedField_whoseParentMapIsAbsent_namesTheParent(Face face, Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(face.runtime(dynamo));
        Profile bare = new Profile("no-address", "PROFILE", "Ada", 1, null, null, null, null, null, null, null);
        create(face, profiles, bare);

        MissingParentException e = assertThrows(MissingParentException.class, () -> update(face, profiles, "no-address",
                "PROFILE", u -> u.set(ProfileSchema.ADDRESS.city(), "Oslo").set(ProfileSchema.NAME, "Bo")));

        assertEquals(List.of("address"), e.parents());
        assertTrue(e.getMessage().contains("has no 'address'") && e.getMessage().contains("'address.city'")
                && e.getMessage().contains(profiles.tableName()), e.getMessage());
        assertEquals(Optional.of(bare), get(face, profiles, "no-address", "PROFILE"), "nothing was written");
        Profile fixed = update(face, profiles, "no-address", "PROFILE",
                u -> u.set(ProfileSchema.ADDRESS, new Address(null, "Oslo", null, null)));
        assertEquals("Oslo", fixed.address().city(), "setting the parent as a whole works");
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void conditionFailed_namesTheTable_andGivesTheItemTypedBySchema(Face face, Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(face.runtime(dynamo));
        Profile stored = create(face, profiles, profile("typed"));

        ConditionFailedException e = assertThrows(ConditionFailedException.class, () -> update(face, profiles, "typed", "PROFILE",
                u -> u.add(ProfileSchema.LOGINS, 1).condition(ProfileSchema.LOGINS.gt(100))));

        assertTrue(e.getMessage().contains("table " + profiles.tableName()), e.getMessage());
        Optional<Profile> current = e.current(ProfileSchema.INSTANCE);
        assertEquals(Optional.of(stored), current);
        assertEquals("Profile", e.entityName());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> e.current(CounterSchema.INSTANCE));
        assertTrue(wrong.getMessage().contains("Profile") && wrong.getMessage().contains("Counter"), wrong.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void conditions_onUpdateSaveAndDelete_failWithTheCurrentItem(Face face, Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(face.runtime(dynamo));
        Profile stored = create(face, profiles, profile("cond"));
        ConditionFailedException onUpdate = assertThrows(ConditionFailedException.class, () -> update(face, profiles, "cond", "PROFILE",
                u -> u.add(ProfileSchema.LOGINS, 1).condition(ProfileSchema.LOGINS.gt(100))));
        assertEquals(Optional.of(stored), onUpdate.current(ProfileSchema.INSTANCE));
        assertInstanceOf(ConditionFailedException.class,
                assertThrows(ConditionFailedException.class, () -> save(face, profiles, profile("cond"), ProfileSchema.NAME.eq("Zed"))));
        assertThrows(ConditionFailedException.class, () -> delete(face, profiles, "cond", "PROFILE", ProfileSchema.NAME.eq("Zed")));
        assertEquals(Optional.of(stored), get(face, profiles, "cond", "PROFILE"), "nothing was written");

        update(face, profiles, "cond", "PROFILE", u -> u.add(ProfileSchema.LOGINS, 1).condition(ProfileSchema.LOGINS.lt(100)));
        delete(face, profiles, "cond", "PROFILE", ProfileSchema.LOGINS.eq(2));
        assertEquals(Optional.empty(), get(face, profiles, "cond", "PROFILE"));
    }
}
