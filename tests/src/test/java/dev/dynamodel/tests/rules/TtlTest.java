package dev.dynamodel.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocalExtension;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** @Ttl: stored as epoch seconds, enabled by createTable, and optionally hidden once expired. */
@ExtendWith(DynamoLocalExtension.class)
class TtlTest {
    /**
     * The runtime's clock, a year ahead: DynamoDB Local deletes items whose TTL has passed by the
     * real clock now and then, so items expired for the runtime must still be live for it.
     */
    private static final Instant NOW = Instant.now().plus(java.time.Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS);

    @BeforeAll
    static void createTables(Dynamo dynamo) {
        SessionModel.of(dynamo).createTableIfNotExists();
        CacheEntryModel.of(dynamo).createTableIfNotExists();
    }

    @Test
    void createTable_turnsOnTimeToLiveForTheAttribute(Dynamo dynamo) {
        var description = dynamo.client().describeTimeToLive(b -> b.tableName(SessionModel.of(dynamo).tableName()))
                .timeToLiveDescription();
        assertEquals(TimeToLiveStatus.ENABLED, description.timeToLiveStatus());
        assertEquals("expiresAt", description.attributeName());
        assertEquals(Optional.of("expiresAt"), SessionSchema.INSTANCE.ttlAttribute());
        assertEquals(Optional.empty(), MemberSchema.INSTANCE.ttlAttribute());
    }

    @Test
    void instant_isStoredAsEpochSeconds_andReadBackTruncated(Dynamo dynamo) {
        SessionModel sessions = SessionModel.of(dynamo);
        Instant expires = Instant.parse("2030-01-01T00:00:00.750Z");
        sessions.create(new Session("s-1", "ada", expires));
        Map<String, AttributeValue> item = Tables.item(dynamo, sessions, SessionSchema.INSTANCE.key("s-1"));
        assertEquals(Long.toString(expires.getEpochSecond()), item.get("expiresAt").n());
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), sessions.get("s-1").orElseThrow().expiresAt());
    }

    @Test
    void longField_isStoredAsIs(Dynamo dynamo) {
        CacheEntryModel cache = CacheEntryModel.of(dynamo);
        cache.create(new CacheEntry("k", "v", 1_900_000_000L));
        assertEquals("1900000000", Tables.item(dynamo, cache, CacheEntrySchema.INSTANCE.key("k")).get("expiresAt").n());
    }

    @Test
    void expiredItems_areReturned_unlessTheRuntimeHidesThem(Dynamo dynamo) {
        SessionModel.of(dynamo).save(new Session("s-old", "ada", NOW.minusSeconds(1)));
        SessionModel.of(dynamo).save(new Session("s-new", "ada", NOW.plusSeconds(60)));
        SessionModel.of(dynamo).save(new Session("s-none", "ada", null));
        // tag::hide[]
        Dynamo hiding = Dynamo.builder(dynamo.client()).tablePrefix(dynamo.tablePrefix())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .hideExpiredItems(true)
                .build();
        SessionModel sessions = SessionModel.of(hiding);
        sessions.get("s-old");   // Optional.empty(): expired, though DynamoDB has not deleted it yet
        // end::hide[]
        assertTrue(sessions.get("s-old").isEmpty());
        assertTrue(sessions.get("s-new").isPresent());
        assertTrue(sessions.get("s-none").isPresent(), "an item without a TTL never expires");
        java.util.Set<String> scanned = new java.util.HashSet<>();
        sessions.scan().list().forEach(s -> scanned.add(s.token()));
        assertTrue(scanned.containsAll(java.util.List.of("s-new", "s-none")) && !scanned.contains("s-old"), scanned.toString());
        assertEquals(scanned.size(), sessions.scan().count(), "the expiry is a filter, so counts agree with reads");
        assertEquals(0, sessions.query(SessionSchema.TOKEN.eq("s-old")).count());
        assertEquals(1, SessionModel.of(dynamo).query(SessionSchema.TOKEN.eq("s-old")).count(), "shown without hiding");
        Dynamo showing = Tables.withClock(dynamo, Clock.fixed(NOW, ZoneOffset.UTC));
        assertTrue(SessionModel.of(showing).get("s-old").isPresent(), "by default reads show what DynamoDB holds");
    }
}
