package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.tests.entities.Address;
import dev.dynamodel.tests.entities.GeoPoint;
import dev.dynamodel.tests.entities.Profile;
import dev.dynamodel.tests.entities.ProfileModel;
import dev.dynamodel.tests.entities.ProfileSchema;
import dev.dynamodel.tests.support.CountingClient;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** Reads with options: a consistent or projected get on the typed key, and projections of nested paths. */
@ExtendWith(DynamoLocalExtension.class)
class ReadOptionsTest {

    @BeforeAll
    static void table(Dynamo dynamo) {
        ProfileModel.of(dynamo).createTableIfNotExists();
    }

    private static Profile profile(String user) {
        return new Profile(user, "PROFILE", "Ada", 3, new BigDecimal("10.5"),
                new Address("Main St", "Oslo", "0150", new GeoPoint(59.9, 10.7)),
                Map.of("posts", 3), List.of("a"), null, Set.of("x"), null);
    }

    @Test
    void find_consistentRead_sendsTheFlag_andReadsTheItem(Dynamo dynamo) {
        CountingClient client = new CountingClient(dynamo.client());
        ProfileModel profiles = ProfileModel.of(Dynamo.builder(client).tablePrefix(dynamo.tablePrefix()).build());
        Profile stored = profiles.create(profile("consistent"));

        Optional<Profile> read = profiles.find("consistent", "PROFILE").consistentRead().get();

        assertEquals(Optional.of(stored), read);
        assertEquals(Boolean.TRUE, client.lastGetItem().consistentRead());
        profiles.get("consistent", "PROFILE");
        assertNull(client.lastGetItem().consistentRead(), "a plain get stays eventually consistent");
    }

    @Test
    void find_select_readsOnlyThoseAttributes_andTheKeys(Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(dynamo);
        profiles.create(profile("projected"));

        Profile read = profiles.find("projected", "PROFILE")
                .select(ProfileSchema.NAME, ProfileSchema.ADDRESS.city())
                .get().orElseThrow();

        assertEquals(new Profile("projected", "PROFILE", "Ada", null, null, new Address(null, "Oslo", null, null),
                null, null, null, null, null), read);
        GetItemRequest request = profiles.find("projected", "PROFILE").select(ProfileSchema.ADDRESS.city()).request();
        assertEquals("#n0.#n1, #n2, #n3", request.projectionExpression());
        assertEquals(Map.of("#n0", "address", "#n1", "city", "#n2", "user", "#n3", "sk"),
                request.expressionAttributeNames());
    }

    @Test
    void find_onAMissingKey_isEmpty(Dynamo dynamo) {
        assertEquals(Optional.empty(), ProfileModel.of(dynamo).find("nobody", "PROFILE").consistentRead()
                .select(ProfileSchema.NAME).get());
    }

    @Test
    void querySelect_ofANestedField_projectsThatPathOnly(Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(dynamo);
        profiles.create(profile("nested"));

        List<Profile> found = profiles.query(ProfileSchema.USER.eq("nested")).select(ProfileSchema.ADDRESS.city()).list();

        Address address = found.get(0).address();
        assertEquals("Oslo", address.city());
        assertNull(address.street(), "address.street was not fetched");
        assertNull(address.zip());
        assertNull(address.location());
        assertNull(found.get(0).name());
        QueryRequest request = profiles.query(ProfileSchema.USER.eq("nested")).select(ProfileSchema.ADDRESS.city()).request();
        assertTrue(request.projectionExpression().contains("."), request.projectionExpression());
    }

    @Test
    void select_ofAMapAndAFieldInside_projectsTheMapOnce(Dynamo dynamo) {
        ProfileModel profiles = ProfileModel.of(dynamo);
        profiles.create(profile("overlap"));

        Profile read = profiles.find("overlap", "PROFILE").select(ProfileSchema.ADDRESS.city(), ProfileSchema.ADDRESS)
                .get().orElseThrow();

        assertEquals(profile("overlap").address(), read.address(), "DynamoDB refuses overlapping paths; the map wins");
        assertFalse(profiles.scan().select(ProfileSchema.ADDRESS, ProfileSchema.ADDRESS.location().lat()).list().isEmpty());
    }
}
