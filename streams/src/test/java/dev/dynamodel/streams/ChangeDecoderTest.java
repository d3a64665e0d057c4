package dev.dynamodel.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamodel.exception.ItemMappingException;
import dev.dynamodel.streams.entities.Session;
import dev.dynamodel.streams.entities.SessionSchema;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** Records that cannot become a typed event, and what the decoder says about them. */
class ChangeDecoderTest {
    private static final ChangeDecoder<Session> SESSIONS = ChangeDecoder.of(SessionSchema.INSTANCE);
    private static final Map<String, AttributeValue> KEY =
            Map.of("userId", AttributeValue.fromS("u1"), "sessionId", AttributeValue.fromS("s1"));

    private static Record record(String eventName, StreamViewType view, Map<String, AttributeValue> newImage) {
        return Record.builder().eventID("e9").eventName(eventName)
                .dynamodb(s -> s.keys(KEY).streamViewType(view).newImage(newImage)).build();
    }

    @Test
    void imageTheViewTypePromises_missing_isRefused() {
        StreamRecordException e = assertThrows(StreamRecordException.class,
                () -> SESSIONS.decode(record("INSERT", StreamViewType.NEW_IMAGE, null)));

        assertEquals("Stream record e9: its view type NEW_IMAGE includes the NewImage of INSERT records,"
                + " but the record has none", e.getMessage());
        assertEquals("e9", e.eventId());
    }

    @Test
    void imageTheViewTypeLeavesOut_isNotDecodedEvenIfPresent() {
        Map<String, AttributeValue> wrong = Map.of("device", AttributeValue.fromN("1"));

        Inserted<?> inserted = (Inserted<?>) SESSIONS.decode(record("INSERT", StreamViewType.KEYS_ONLY, wrong));

        assertEquals(java.util.Optional.empty(), inserted.newImage());
    }

    @Test
    void unknownEventName_isRefused() {
        StreamRecordException e = assertThrows(StreamRecordException.class,
                () -> SESSIONS.decode(record("TRUNCATE", StreamViewType.KEYS_ONLY, null)));

        assertEquals("Stream record e9: has the event name TRUNCATE, not INSERT, MODIFY or REMOVE", e.getMessage());
    }

    @Test
    void recordWithoutViewType_isRefused() {
        Record record = Record.builder().eventID("e9").eventName("INSERT").dynamodb(s -> s.keys(KEY)).build();

        StreamRecordException e = assertThrows(StreamRecordException.class, () -> SESSIONS.decode(record));

        assertEquals("Stream record e9: has no StreamViewType this decoder knows (null)", e.getMessage());
    }

    @Test
    void imageThatDoesNotFitTheEntity_namesTheAttributePathNotTheValue() {
        Map<String, AttributeValue> image = Map.of("userId", AttributeValue.fromS("u1"),
                "sessionId", AttributeValue.fromS("s1"), "device", AttributeValue.fromN("8675309"));

        ItemMappingException e = assertThrows(ItemMappingException.class,
                () -> SESSIONS.decode(record("INSERT", StreamViewType.NEW_IMAGE, image)));

        assertEquals("device", e.path());
        assertEquals(-1, e.getMessage().indexOf("8675309"), e.getMessage());
    }
}
