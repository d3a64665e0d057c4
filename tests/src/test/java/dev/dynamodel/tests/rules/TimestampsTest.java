package dev.dynamodel.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.schema.WriteKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Created-at and updated-at from the runtime's clock, in each storage form. */
@ExtendWith(DynamoLocalExtension.class)
class TimestampsTest {
    private static final Instant T1 = Instant.parse("2025-01-02T03:04:05.123456789Z");
    private static final Instant T2 = Instant.parse("2025-02-03T04:05:06.987654321Z");

    @BeforeAll
    static void createTables(Dynamo dynamo) {
        PostModel.of(dynamo).createTableIfNotExists();
        RevisionModel.of(dynamo).createTableIfNotExists();
        EventModel.of(dynamo).createTableIfNotExists();
        SettingModel.of(dynamo).createTableIfNotExists();
    }

    private static Dynamo at(Dynamo dynamo, Instant now) {
        return Tables.withClock(dynamo, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void create_setsBoth_andSave_keepsCreatedAt(Dynamo dynamo) {
        // tag::timestamps[]
        Dynamo fixed = Dynamo.builder(dynamo.client()).tablePrefix(dynamo.tablePrefix())
                .clock(Clock.fixed(Instant.parse("2025-01-02T03:04:05.123456789Z"), ZoneOffset.UTC))
                .build();
        Post created = PostModel.of(fixed).create(new Post("p-1", "hello", null, null));
        created.createdAt();  // 2025-01-02T03:04:05.123Z: stored as epoch millis, so truncated to millis
        created.updatedAt();  // the same
        // end::timestamps[]
        Instant t1 = Instant.parse("2025-01-02T03:04:05.123Z");
        assertEquals(new Post("p-1", "hello", t1, t1), created);
        Post saved = PostModel.of(at(dynamo, T2)).save(new Post("p-1", "edited", created.createdAt(), null));
        assertEquals(new Post("p-1", "edited", t1, Instant.parse("2025-02-03T04:05:06.987Z")), saved);
        assertEquals(saved, PostModel.of(dynamo).get("p-1").orElseThrow());
        Map<String, AttributeValue> item = Tables.item(dynamo, PostModel.of(dynamo), PostSchema.INSTANCE.key("p-1"));
        assertEquals("1735787045123", item.get("createdAt").n());
        assertEquals("1738555506987", item.get("updatedAt").n());
    }

    @Test
    void create_overwritesACreatedAtTheEntityCarries(Dynamo dynamo) {
        Post created = PostModel.of(at(dynamo, T1)).create(new Post("p-2", "x", Instant.EPOCH, Instant.EPOCH));
        assertEquals(T1.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), created.createdAt());
    }

    @Test
    void save_withoutCreatedAt_setsIt(Dynamo dynamo) {
        Post saved = PostModel.of(at(dynamo, T1)).save(new Post("p-3", "x", null, null));
        assertEquals(saved.updatedAt(), saved.createdAt());
    }

    @Test
    void iso8601Storage_keepsNanoseconds_inTheFixedWidthInstantForm(Dynamo dynamo) {
        RevisionModel revisions = RevisionModel.of(at(dynamo, T1));
        Revision created = revisions.create(new Revision("r-1", null, null));
        assertEquals(new Revision("r-1", T1, T1), created);
        Map<String, AttributeValue> item = Tables.item(dynamo, revisions, RevisionSchema.INSTANCE.key("r-1"));
        assertEquals("2025-01-02T03:04:05.123456789Z", item.get("createdAt").s());
        Revision early = RevisionModel.of(at(dynamo, Instant.parse("2025-01-02T03:04:05Z"))).save(new Revision("r-2", null, null));
        assertEquals("2025-01-02T03:04:05.000000000Z",
                Tables.item(dynamo, revisions, RevisionSchema.INSTANCE.key("r-2")).get("updatedAt").s());
        assertEquals(Instant.parse("2025-01-02T03:04:05Z"), early.updatedAt());
    }

    @Test
    void longField_holdsTheStoredEpochSeconds(Dynamo dynamo) {
        Event event = EventModel.of(at(dynamo, T1)).create(new Event("e-1", 0));
        assertEquals(T1.getEpochSecond(), event.seenAt());
        assertEquals(Long.toString(T1.getEpochSecond()),
                Tables.item(dynamo, EventModel.of(dynamo), EventSchema.INSTANCE.key("e-1")).get("seenAt").n());
    }

    @Test
    void mutableClass_isStampedInPlace(Dynamo dynamo) {
        Setting setting = new Setting();
        setting.setKey("stamped");
        Setting stored = SettingModel.of(at(dynamo, T1)).create(setting);
        assertSame(setting, stored);
        assertEquals(T1, setting.getCreated());
        assertEquals(T1, setting.getModified());
        SettingModel.of(at(dynamo, T2)).save(setting);
        assertEquals(T1, setting.getCreated());
        assertEquals(T2, setting.getModified());
        assertEquals(T1, SettingModel.of(dynamo).get("stamped").orElseThrow().getCreated());
    }

    @Test
    void updateKind_setsOnlyUpdatedAt() {
        Post post = PostSchema.INSTANCE.applyTimestamps(new Post("p", "x", null, null), WriteKind.UPDATE, T1);
        assertNull(post.createdAt(), "an update leaves created-at to its if_not_exists expression");
        assertEquals(T1.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), post.updatedAt());
    }
}
