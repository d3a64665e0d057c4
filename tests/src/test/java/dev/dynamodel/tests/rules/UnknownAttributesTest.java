package dev.dynamodel.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocalExtension;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Attributes the entity does not declare: ignored by default, kept by an @Unknown field. */
@ExtendWith(DynamoLocalExtension.class)
class UnknownAttributesTest {

    @BeforeAll
    static void createTables(Dynamo dynamo) {
        ProfileModel.of(dynamo).createTableIfNotExists();
        SessionModel.of(dynamo).createTableIfNotExists();
    }

    /** An item written by another application: more attributes than Profile declares. */
    private static Map<String, AttributeValue> foreignItem(String id) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("id", AttributeValue.fromS(id));
        item.put("name", AttributeValue.fromS("Ada"));
        item.put("karma", AttributeValue.fromN("42"));
        item.put("badges", AttributeValue.fromSs(List.of("early", "kind")));
        item.put("preferences", AttributeValue.fromM(Map.of("theme", AttributeValue.fromS("dark"),
                "fontSize", AttributeValue.fromN("14"))));
        return item;
    }

    @Test
    void unknownField_keepsUndeclaredAttributes_andWritesThemBackUnchanged(Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(dynamo);
        Map<String, AttributeValue> original = foreignItem("u-1");
        dynamo.client().putItem(b -> b.tableName(profiles.tableName()).item(original));
        // tag::unknown[]
        Profile profile = profiles.get("u-1").orElseThrow();
        profile.other();    // {karma=N 42, badges=SS [early, kind]}: what Profile does not declare
        profiles.save(new Profile(profile.id(), "Ada L.", profile.preferences(), profile.other()));
        // end::unknown[]
        assertEquals(Map.of("karma", original.get("karma"), "badges", original.get("badges")), profile.other());
        assertEquals(Map.of("fontSize", AttributeValue.fromN("14")), profile.preferences().rest(), "nested documents keep theirs");
        Map<String, AttributeValue> expected = new LinkedHashMap<>(original);
        expected.put("name", AttributeValue.fromS("Ada L."));
        assertEquals(expected, Tables.item(dynamo, profiles, ProfileSchema.INSTANCE.key("u-1")));
    }

    @Test
    void declaredAttributes_winOverCatchAllEntriesOfTheSameName(Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(dynamo);
        Profile profile = new Profile("u-2", null, null, Map.of("name", AttributeValue.fromS("stale"),
                "extra", AttributeValue.fromBool(true)));
        profiles.save(profile);
        Map<String, AttributeValue> item = Tables.item(dynamo, profiles, ProfileSchema.INSTANCE.key("u-2"));
        assertEquals(Map.of("id", AttributeValue.fromS("u-2"), "extra", AttributeValue.fromBool(true)), item);
    }

    @Test
    void catchAll_isNull_whenEverythingIsDeclared(Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(dynamo);
        profiles.save(new Profile("u-3", "Bo", null, null));
        assertNull(profiles.get("u-3").orElseThrow().other());
    }

    @Test
    void mutableClass_getsItsCatchAllThroughItsSetter(Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(dynamo);
        dynamo.client().putItem(b -> b.tableName(profiles.tableName()).item(foreignItem("u-4")));
        LegacyProfile legacy = LegacyProfileModel.of(dynamo).get("u-4").orElseThrow();
        assertEquals(java.util.Set.of("name", "karma", "badges", "preferences"), legacy.getEverythingElse().keySet());
        LegacyProfileModel.of(dynamo).save(legacy);
        assertEquals(foreignItem("u-4"), Tables.item(dynamo, profiles, ProfileSchema.INSTANCE.key("u-4")));
    }

    @Test
    void withoutUnknownField_undeclaredAttributesAreIgnoredOnRead(Dynamo dynamo) {
        SessionModel sessions = SessionModel.of(dynamo);
        dynamo.client().putItem(b -> b.tableName(sessions.tableName()).item(Map.of(
                "token", AttributeValue.fromS("t"), "user", AttributeValue.fromS("ada"),
                "device", AttributeValue.fromS("phone"), "expiresAt", AttributeValue.fromN("1900000000"))));
        assertEquals(new Session("t", "ada", Instant.ofEpochSecond(1_900_000_000L)), sessions.get("t").orElseThrow());
    }
}
