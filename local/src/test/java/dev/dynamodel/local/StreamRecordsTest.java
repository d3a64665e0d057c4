package dev.dynamodel.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** The embedded database's Streams client, and the records and Lambda JSON read through it. */
class StreamRecordsTest {

    private static void createTable(DynamoDbClient client, String name, boolean stream) {
        client.createTable(r -> r.tableName(name)
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .billingMode("PAY_PER_REQUEST")
                .streamSpecification(s -> s.streamEnabled(stream).streamViewType(stream ? StreamViewType.NEW_IMAGE : null)));
    }

    @Test
    void read_givesEveryWriteOfTheTableInOrder() {
        try (EmbeddedDatabase database = DynamoLocal.database()) {
            DynamoDbClient client = database.dynamoDbClient();
            createTable(client, "Things", true);
            client.putItem(r -> r.tableName("Things").item(Map.of("id", AttributeValue.fromS("a"))));
            client.putItem(r -> r.tableName("Things").item(Map.of("id", AttributeValue.fromS("a"), "n", AttributeValue.fromN("1"))));
            client.deleteItem(r -> r.tableName("Things").key(Map.of("id", AttributeValue.fromS("a"))));

            List<Record> records = StreamRecords.read(client, database.dynamoDbStreamsClient(), "Things");

            assertEquals(List.of("INSERT", "MODIFY", "REMOVE"), records.stream().map(Record::eventNameAsString).toList());
            assertEquals(Map.of("id", AttributeValue.fromS("a"), "n", AttributeValue.fromN("1")),
                    records.get(1).dynamodb().newImage());
        }
    }

    @Test
    void read_ofATableWithoutStream_saysSo() {
        try (EmbeddedDatabase database = DynamoLocal.database()) {
            createTable(database.dynamoDbClient(), "Plain", false);

            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> StreamRecords.read(database.dynamoDbClient(), database.dynamoDbStreamsClient(), "Plain"));

            assertEquals("Table Plain has no stream: enable one with a StreamSpecification", e.getMessage());
        }
    }

    @Test
    void lambdaEventJson_escapesStringsAndEncodesBinaryAsBase64() {
        Record record = Record.builder().eventID("e1").eventName("INSERT").dynamodb(s -> s
                .keys(Map.of("id", AttributeValue.fromS("a\"b\\c\n")))
                .newImage(Map.of("b", AttributeValue.fromB(software.amazon.awssdk.core.SdkBytes.fromByteArray(new byte[] {1, 2}))))
                .streamViewType(StreamViewType.NEW_IMAGE)).build();

        String json = StreamRecords.lambdaEventJson(List.of(record), "arn:x");

        assertEquals("{\"Records\":[{\"eventID\":\"e1\",\"eventName\":\"INSERT\",\"dynamodb\":{"
                + "\"Keys\":{\"id\":{\"S\":\"a\\\"b\\\\c\\n\"}},\"NewImage\":{\"b\":{\"B\":\"AQI=\"}},"
                + "\"StreamViewType\":\"NEW_IMAGE\"},\"eventSourceARN\":\"arn:x\"}]}", json);
    }
}
