package dev.dynamodel.streams;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.Identity;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Converts the records of an AWS Lambda {@code DynamodbEvent} (from {@code aws-lambda-java-events},
 * with its own {@code AttributeValue} class) into the SDK's {@link Record}, so that one decoder
 * serves both sources. Plain getter calls, no reflection. Needs {@code aws-lambda-java-events} on
 * the class path, which this module declares optional: a Lambda function brings it anyway.
 *
 * <pre>{@code
 * public Void handleRequest(DynamodbEvent event, Context context) {
 *     LambdaRecords.of(event).forEach(router::accept);
 *     return null;
 * }
 * }</pre>
 */
public final class LambdaRecords {
    private LambdaRecords() {
    }

    /** Every record of the event, in order; none for an event without records. */
    public static List<Record> of(DynamodbEvent event) {
        if (event.getRecords() == null) {
            return List.of();
        }
        List<Record> records = new ArrayList<>(event.getRecords().size());
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            records.add(of(record));
        }
        return records;
    }

    /**
     * One record in the SDK's model: event id, name, version and source, region, identity, and the
     * stream part (keys, images, sequence number, size, view type, creation time). The Lambda-only
     * {@code eventSourceARN} has no place in the SDK's record; read it from the Lambda record.
     *
     * @throws IllegalArgumentException if an attribute value has no type set, naming its path
     */
    public static Record of(com.amazonaws.services.lambda.runtime.events.models.dynamodb.Record record) {
        Record.Builder sdk = Record.builder()
                .eventID(record.getEventID())
                .eventName(record.getEventName())
                .eventVersion(record.getEventVersion())
                .eventSource(record.getEventSource())
                .awsRegion(record.getAwsRegion());
        Identity identity = record.getUserIdentity();
        if (identity != null) {
            sdk.userIdentity(i -> i.principalId(identity.getPrincipalId()).type(identity.getType()));
        }
        StreamRecord change = record.getDynamodb();
        if (change != null) {
            sdk.dynamodb(streamRecord(change));
        }
        return sdk.build();
    }

    private static software.amazon.awssdk.services.dynamodb.model.StreamRecord streamRecord(StreamRecord change) {
        var sdk = software.amazon.awssdk.services.dynamodb.model.StreamRecord.builder()
                .sequenceNumber(change.getSequenceNumber())
                .sizeBytes(change.getSizeBytes())
                .streamViewType(change.getStreamViewType());
        if (change.getApproximateCreationDateTime() != null) {
            sdk.approximateCreationDateTime(change.getApproximateCreationDateTime().toInstant());
        }
        // Absent stays absent: the SDK tells an image left out (hasNewImage() false) from an empty one.
        if (change.getKeys() != null) {
            sdk.keys(item(change.getKeys(), ""));
        }
        if (change.getNewImage() != null) {
            sdk.newImage(item(change.getNewImage(), ""));
        }
        if (change.getOldImage() != null) {
            sdk.oldImage(item(change.getOldImage(), ""));
        }
        return sdk.build();
    }

    private static Map<String, AttributeValue> item(
            Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> values,
            String parent) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        values.forEach((name, value) -> item.put(name, value(value, parent.isEmpty() ? name : parent + "." + name)));
        return item;
    }

    private static AttributeValue value(
            com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue value, String path) {
        if (value.getS() != null) {
            return AttributeValue.fromS(value.getS());
        }
        if (value.getN() != null) {
            return AttributeValue.fromN(value.getN());
        }
        if (value.getB() != null) {
            return AttributeValue.fromB(bytes(value.getB()));
        }
        if (value.getSS() != null) {
            return AttributeValue.fromSs(value.getSS());
        }
        if (value.getNS() != null) {
            return AttributeValue.fromNs(value.getNS());
        }
        if (value.getBS() != null) {
            List<SdkBytes> set = new ArrayList<>(value.getBS().size());
            value.getBS().forEach(b -> set.add(bytes(b)));
            return AttributeValue.fromBs(set);
        }
        if (value.getM() != null) {
            return AttributeValue.fromM(item(value.getM(), path));
        }
        if (value.getL() != null) {
            List<AttributeValue> list = new ArrayList<>(value.getL().size());
            for (int i = 0; i < value.getL().size(); i++) {
                list.add(value(value.getL().get(i), path + "[" + i + "]"));
            }
            return AttributeValue.fromL(list);
        }
        if (value.getBOOL() != null) {
            return AttributeValue.fromBool(value.getBOOL());
        }
        if (Boolean.TRUE.equals(value.getNULL())) {
            return AttributeValue.fromNul(true);
        }
        throw new IllegalArgumentException("Attribute '" + path + "' of a Lambda stream record has no type set");
    }

    private static SdkBytes bytes(ByteBuffer buffer) {
        // asReadOnlyBuffer: reading must not move the Lambda event's own buffer.
        return SdkBytes.fromByteBuffer(buffer.asReadOnlyBuffer());
    }
}
