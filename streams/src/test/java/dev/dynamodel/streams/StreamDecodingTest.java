package dev.dynamodel.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.local.StreamRecords;
import dev.dynamodel.streams.entities.Place;
import dev.dynamodel.streams.entities.Session;
import dev.dynamodel.streams.entities.SessionModel;
import dev.dynamodel.streams.entities.SessionSchema;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * End to end on DynamoDB Local: a table with a stream of each view type, one item created, saved
 * and deleted through the generated model, its shard records read with the Streams client and
 * decoded typed; then the same records as Lambda event JSON, decoded again.
 */
@ExtendWith(DynamoLocalExtension.class)
class StreamDecodingTest {
    // tag::decoder[]
    private static final ChangeDecoder<Session> SESSIONS = ChangeDecoder.of(SessionSchema.INSTANCE);
    // end::decoder[]
    // Stored as epoch seconds; in the future, or the model would hide the item as expired.
    private static final Instant EXPIRES = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final Map<String, AttributeValue> KEY =
            Map.of("userId", AttributeValue.fromS("u1"), "sessionId", AttributeValue.fromS("s1"));

    /** What one item's life left in a stream: the records, and the entity as created and as saved. */
    private record History(List<Record> records, Session created, Session saved, String streamArn) {
    }

    private static History createSaveDelete(Dynamo shared, DynamoDbStreamsClient streams, StreamViewType view, String tag) {
        SessionModel sessions = SessionModel.of(withPrefix(shared, tag + view + "_"));
        sessions.createTable(sessions.schema().tableOptions().stream(view));   // each case its own view type
        Session created = sessions.create(
                new Session("u1", "s1", "phone \"7\"\n\t\\ ø\u0001", Set.of("read"), new Place("Oslo", "NO"), EXPIRES, null));
        Session saved = sessions.save(new Session("u1", "s1", "laptop", Set.of("read", "write"),
                new Place("Bergen", "NO"), EXPIRES, created.version()));
        sessions.delete(saved);
        List<Record> records = StreamRecords.read(shared.client(), streams, sessions.tableName());
        String arn = shared.client().describeTable(r -> r.tableName(sessions.tableName())).table().latestStreamArn();
        return new History(records, created, saved, arn);
    }

    /** The same database with another table prefix, so each case has a table of its own. */
    private static Dynamo withPrefix(Dynamo dynamo, String prefix) {
        return Dynamo.builder(dynamo.client()).tablePrefix(dynamo.tablePrefix() + prefix).build();
    }

    private static boolean carriesNew(StreamViewType view) {
        return view == StreamViewType.NEW_IMAGE || view == StreamViewType.NEW_AND_OLD_IMAGES;
    }

    private static boolean carriesOld(StreamViewType view) {
        return view == StreamViewType.OLD_IMAGE || view == StreamViewType.NEW_AND_OLD_IMAGES;
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest
    @EnumSource(value = StreamViewType.class, names = {"KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES"})
    void createSaveDelete_decodesExactlyTheImagesTheViewTypeCarries(StreamViewType view, Dynamo dynamo,
            DynamoDbStreamsClient streams) {
        History history = createSaveDelete(dynamo, streams, view, "sdk");

        // tag::decode[]
        List<ChangeEvent<Session>> events = history.records().stream().map(SESSIONS::decode).toList();
        // end::decode[]

        assertEquals(3, events.size(), "one record per write");
        // tag::images[]
        Inserted<Session> inserted = assertInstanceOf(Inserted.class, events.get(0));
        Modified<Session> modified = assertInstanceOf(Modified.class, events.get(1));
        Removed<Session> removed = assertInstanceOf(Removed.class, events.get(2));
        Optional<Session> created = Optional.of(history.created());
        Optional<Session> saved = Optional.of(history.saved());
        assertEquals(carriesNew(view) ? created : Optional.empty(), inserted.newImage());
        assertEquals(carriesOld(view) ? created : Optional.empty(), modified.oldImage());
        assertEquals(carriesNew(view) ? saved : Optional.empty(), modified.newImage());
        assertEquals(carriesOld(view) ? saved : Optional.empty(), removed.oldImage());
        assertFalse(removed.expired(), "a delete sent by a client is no TTL expiry");
        // end::images[]
        for (ChangeEvent<Session> event : events) {
            assertEquals(KEY, event.keys());
            assertEquals(view, event.viewType());
        }
    }

    @ParameterizedTest
    @EnumSource(value = StreamViewType.class, names = {"KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES"})
    void lambdaEventOfTheSameRecords_decodesToEqualEvents(StreamViewType view, Dynamo dynamo,
            DynamoDbStreamsClient streams) {
        History history = createSaveDelete(dynamo, streams, view, "lambda");
        List<ChangeEvent<Session>> fromSdk = history.records().stream().map(SESSIONS::decode).toList();

        String json = StreamRecords.lambdaEventJson(history.records(), history.streamArn());
        List<ChangeEvent<Session>> fromLambda =
                LambdaRecords.of(LambdaEvents.fromJson(json)).stream().map(SESSIONS::decode).toList();

        assertEquals(fromSdk, fromLambda, "same records, images and metadata from both sources");
    }

    @Test
    void removalByTtl_isTheRecordWithTheServiceIdentity(Dynamo dynamo, DynamoDbStreamsClient streams) {
        History history = createSaveDelete(dynamo, streams, StreamViewType.NEW_AND_OLD_IMAGES, "ttl");
        // tag::ttl[]
        Record delete = history.records().get(2);
        // DynamoDB Local never expires items itself; this is the identity AWS documents for a TTL deletion.
        Record expiry = delete.toBuilder()
                .userIdentity(Identity.builder().type("Service").principalId("dynamodb.amazonaws.com").build())
                .build();
        Record otherService = delete.toBuilder()
                .userIdentity(Identity.builder().type("Service").principalId("events.amazonaws.com").build())
                .build();

        Removed<Session> expired = (Removed<Session>) SESSIONS.decode(expiry);

        assertTrue(expired.expired());
        // end::ttl[]
        assertEquals(Optional.of(history.saved()), expired.oldImage(), "the expired item's last image");
        assertFalse(((Removed<Session>) SESSIONS.decode(delete)).expired());
        assertFalse(((Removed<Session>) SESSIONS.decode(otherService)).expired(), "only DynamoDB's own principal");
    }
}
