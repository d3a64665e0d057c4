package dev.dynamodel.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import dev.dynamodel.streams.entities.Place;
import dev.dynamodel.streams.entities.Session;
import dev.dynamodel.streams.entities.SessionSchema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/** Lambda's DynamodbEvent, as the Lambda runtime deserializes it from JSON, converted and decoded. */
class LambdaRecordsTest {
    private static final ChangeDecoder<Session> SESSIONS = ChangeDecoder.of(SessionSchema.INSTANCE);
    private static final Instant EXPIRES = Instant.ofEpochSecond(1764237600);

    @SuppressWarnings("unchecked")
    @Test
    void sessionEvents_decodeToTypedEventsWithTheirImages() {
        List<Record> records = LambdaRecords.of(LambdaEvents.fromResource("session-events.json"));

        List<ChangeEvent<Session>> events = records.stream().map(SESSIONS::decode).toList();

        Session phone = new Session("u7", "s42", "phone", Set.of("read"), new Place("Oslo", "NO"), EXPIRES, 1L);
        Session laptop = new Session("u7", "s42", "laptop", Set.of("read", "write"), new Place("Bergen", "NO"),
                EXPIRES, 2L);
        Inserted<Session> inserted = assertInstanceOf(Inserted.class, events.get(0));
        Modified<Session> modified = assertInstanceOf(Modified.class, events.get(1));
        Removed<Session> removed = assertInstanceOf(Removed.class, events.get(2));
        assertEquals(Optional.of(phone), inserted.newImage());
        assertEquals(Optional.of(phone), modified.oldImage());
        assertEquals(Optional.of(laptop), modified.newImage());
        assertEquals(Optional.of(laptop), removed.oldImage());
        assertTrue(removed.expired(), "the record carries DynamoDB's service identity");
        assertEquals(Map.of("userId", AttributeValue.fromS("u7"), "sessionId", AttributeValue.fromS("s42")),
                removed.keys());
        assertEquals(software.amazon.awssdk.services.dynamodb.model.StreamViewType.NEW_AND_OLD_IMAGES,
                removed.viewType());
        assertEquals("eccbc87e4b5ce2fe28308fd9f2a7baf3", removed.record().eventID());
        assertEquals("4421584700000000017450439093", removed.record().dynamodb().sequenceNumber());
        assertEquals(Instant.ofEpochSecond(1764237660), removed.record().dynamodb().approximateCreationDateTime());
        assertEquals("eu-north-1", removed.record().awsRegion());
    }

    @Test
    void everyAttributeType_becomesTheSameSdkValue() {
        Record record = LambdaRecords.of(LambdaEvents.fromResource("every-type.json")).get(0);

        Map<String, AttributeValue> expected = Map.of(
                "id", AttributeValue.fromS("k1"),
                "count", AttributeValue.fromN("-12.50"),
                "blob", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, 1, 2, (byte) 0xff})),
                "tags", AttributeValue.fromSs(List.of("a", "b")),
                "scores", AttributeValue.fromNs(List.of("1", "2.5")),
                "blobs", AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(new byte[] {1}),
                        SdkBytes.fromByteArray(new byte[] {2}))),
                "nested", AttributeValue.fromM(Map.of(
                        "flag", AttributeValue.fromBool(false),
                        "gone", AttributeValue.fromNul(true),
                        "inner", AttributeValue.fromL(List.of(AttributeValue.fromS("x"), AttributeValue.fromN("1"))))),
                "emptyList", AttributeValue.fromL(List.of()),
                "emptyMap", AttributeValue.fromM(Map.of()));
        assertEquals(expected, record.dynamodb().newImage());
        assertEquals(Map.of("id", AttributeValue.fromS("k1")), record.dynamodb().keys());
        assertFalse(record.dynamodb().hasOldImage(), "an image the view type leaves out stays absent");
        assertEquals("NEW_IMAGE", record.dynamodb().streamViewTypeAsString());
        assertEquals(99L, record.dynamodb().sizeBytes());
    }

    @Test
    void attributeWithNoTypeSet_isRefusedNamingItsPath() {
        var untyped = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue();
        var list = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue()
                .withL(List.of(new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue("ok"),
                        untyped));
        var map = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue()
                .withM(Map.of("inner", list));
        DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
        record.setEventID("e1");
        record.setEventName("INSERT");
        record.setDynamodb(new StreamRecord().withNewImage(Map.of("nested", map)).withStreamViewType(StreamViewType.NEW_IMAGE));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LambdaRecords.of(record));

        assertEquals("Attribute 'nested.inner[1]' of a Lambda stream record has no type set", e.getMessage());
    }
}
