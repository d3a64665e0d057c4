package dev.dynamodel.local;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Test support for code that reacts to a table's changes: the records a local table's stream holds,
 * read with the Streams client, and the same records as the JSON event AWS Lambda hands a function
 * subscribed to the stream ({@code DynamodbEvent}), so that a handler can be tested with what Lambda
 * would send it.
 *
 * <pre>{@code
 * List<Record> records = StreamRecords.read(dynamo.client(), database.dynamoDbStreamsClient(), "Orders");
 * String event = StreamRecords.lambdaEventJson(records, streamArn);
 * }</pre>
 */
public final class StreamRecords {
    /** Bounds the read of one shard; DynamoDB Local returns what a shard holds in one or two pages. */
    private static final int MAX_PAGES_PER_SHARD = 100;

    private StreamRecords() {
    }

    /**
     * Every record of the table's latest stream, oldest first, read from the trim horizon of each
     * shard up to the shard's current end.
     *
     * @throws IllegalStateException if the table has no stream
     */
    public static List<Record> read(DynamoDbClient client, DynamoDbStreamsClient streams, String tableName) {
        String streamArn = client.describeTable(r -> r.tableName(tableName)).table().latestStreamArn();
        if (streamArn == null) {
            throw new IllegalStateException(
                    "Table " + tableName + " has no stream: enable one with a StreamSpecification");
        }
        List<Record> records = new ArrayList<>();
        for (Shard shard : streams.describeStream(r -> r.streamArn(streamArn)).streamDescription().shards()) {
            String iterator = streams.getShardIterator(r -> r.streamArn(streamArn).shardId(shard.shardId())
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            for (int page = 0; iterator != null && page < MAX_PAGES_PER_SHARD; page++) {
                String current = iterator;
                var result = streams.getRecords(r -> r.shardIterator(current));
                records.addAll(result.records());
                // An open shard always gives a next iterator; an empty page means it is read to its end.
                iterator = result.records().isEmpty() ? null : result.nextShardIterator();
            }
        }
        return records;
    }

    /**
     * The records as the JSON of a Lambda {@code DynamodbEvent}: {@code Records}, each with its
     * {@code eventSourceARN}, and attribute values in DynamoDB's JSON ({@code {"S": "..."}}, binary
     * as Base64), creation times in epoch seconds.
     */
    public static String lambdaEventJson(List<Record> records, String streamArn) {
        StringJoiner json = new StringJoiner(",", "{\"Records\":[", "]}");
        for (Record record : records) {
            json.add(record(record, streamArn));
        }
        return json.toString();
    }

    private static String record(Record record, String streamArn) {
        StringJoiner json = new StringJoiner(",", "{", "}");
        field(json, "eventID", record.eventID());
        field(json, "eventName", record.eventNameAsString());
        field(json, "eventVersion", record.eventVersion());
        field(json, "eventSource", record.eventSource());
        field(json, "awsRegion", record.awsRegion());
        if (record.dynamodb() != null) {
            json.add("\"dynamodb\":" + streamRecord(record.dynamodb()));
        }
        Identity identity = record.userIdentity();
        if (identity != null) {
            StringJoiner who = new StringJoiner(",", "{", "}");
            field(who, "principalId", identity.principalId());
            field(who, "type", identity.type());
            json.add("\"userIdentity\":" + who);
        }
        field(json, "eventSourceARN", streamArn);
        return json.toString();
    }

    private static String streamRecord(StreamRecord change) {
        StringJoiner json = new StringJoiner(",", "{", "}");
        if (change.approximateCreationDateTime() != null) {
            json.add("\"ApproximateCreationDateTime\":" + change.approximateCreationDateTime().getEpochSecond());
        }
        if (change.hasKeys()) {
            json.add("\"Keys\":" + item(change.keys()));
        }
        if (change.hasNewImage()) {
            json.add("\"NewImage\":" + item(change.newImage()));
        }
        if (change.hasOldImage()) {
            json.add("\"OldImage\":" + item(change.oldImage()));
        }
        field(json, "SequenceNumber", change.sequenceNumber());
        if (change.sizeBytes() != null) {
            json.add("\"SizeBytes\":" + change.sizeBytes());
        }
        field(json, "StreamViewType", change.streamViewTypeAsString());
        return json.toString();
    }

    private static String item(Map<String, AttributeValue> item) {
        StringJoiner json = new StringJoiner(",", "{", "}");
        item.forEach((name, value) -> json.add(string(name) + ":" + value(value)));
        return json.toString();
    }

    private static String value(AttributeValue value) {
        switch (value.type()) {
            case S: return "{\"S\":" + string(value.s()) + "}";
            case N: return "{\"N\":" + string(value.n()) + "}";
            case B: return "{\"B\":" + string(base64(value.b())) + "}";
            case SS: return "{\"SS\":" + strings(value.ss()) + "}";
            case NS: return "{\"NS\":" + strings(value.ns()) + "}";
            case BS: return "{\"BS\":" + strings(value.bs().stream().map(StreamRecords::base64).toList()) + "}";
            case M: return "{\"M\":" + item(value.m()) + "}";
            case L: return "{\"L\":" + list(value.l()) + "}";
            case BOOL: return "{\"BOOL\":" + value.bool() + "}";
            case NUL: return "{\"NULL\":true}";
            default: throw new IllegalArgumentException("An attribute value of no known type: " + value.type());
        }
    }

    private static String list(List<AttributeValue> values) {
        StringJoiner json = new StringJoiner(",", "[", "]");
        values.forEach(v -> json.add(value(v)));
        return json.toString();
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArray());
    }

    private static String strings(List<String> values) {
        StringJoiner json = new StringJoiner(",", "[", "]");
        values.forEach(v -> json.add(string(v)));
        return json.toString();
    }

    private static void field(StringJoiner json, String name, String value) {
        if (value != null) {
            json.add(string(name) + ":" + string(value));
        }
    }

    private static String string(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"': json.append("\\\""); break;
                case '\\': json.append("\\\\"); break;
                case '\n': json.append("\\n"); break;
                case '\r': json.append("\\r"); break;
                case '\t': json.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
            }
        }
        return json.append('"').toString();
    }
}
