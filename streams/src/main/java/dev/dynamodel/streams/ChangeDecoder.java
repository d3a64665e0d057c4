package dev.dynamodel.streams;

import dev.dynamodel.exception.ItemReader;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Decodes the DynamoDB Streams records of one entity into {@link ChangeEvent}s, with the entity's
 * generated schema: the same {@code fromItem} a read uses, so an image becomes exactly the entity a
 * {@code get} would return (converters, nested documents, unknown attributes and all). No
 * generated code of its own, no reflection.
 *
 * <pre>{@code
 * ChangeDecoder<Order> orders = ChangeDecoder.of(OrderSchema.INSTANCE);
 * for (Record record : streams.getRecords(request).records()) {
 *     ChangeEvent<Order> event = orders.decode(record);
 * }
 * }</pre>
 *
 * <p>Records from a Lambda {@code DynamodbEvent} are first converted with {@link LambdaRecords}.
 * A table that holds several entity types needs a {@link ChangeRouter} instead.
 *
 * @param <T> the entity type
 */
public final class ChangeDecoder<T> {
    private final ItemReader<T> schema;

    private ChangeDecoder(ItemReader<T> schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** A decoder for the entity of {@code schema}, such as {@code OrderSchema.INSTANCE}. */
    public static <T> ChangeDecoder<T> of(ItemReader<T> schema) {
        return new ChangeDecoder<>(schema);
    }

    /**
     * The typed event of one record. The images decoded are those the record's view type includes;
     * each must be in the record.
     *
     * @throws StreamRecordException if the record has no stream part or view type, an unknown event
     *         name, or lacks an image its view type includes
     * @throws dev.dynamodel.exception.ItemMappingException if an image does not fit the entity,
     *         naming the attribute's path
     */
    public ChangeEvent<T> decode(Record record) {
        StreamRecord change = streamPart(record);
        StreamViewType view = change.streamViewType();
        if (view == null || view == StreamViewType.UNKNOWN_TO_SDK_VERSION) {
            throw new StreamRecordException(record.eventID(),
                    "has no StreamViewType this decoder knows (" + change.streamViewTypeAsString() + ")");
        }
        switch (Objects.requireNonNullElse(record.eventNameAsString(), "")) {
            case "INSERT":
                return new Inserted<>(record, newImage(record, view));
            case "MODIFY":
                return new Modified<>(record, oldImage(record, view), newImage(record, view));
            case "REMOVE":
                return new Removed<>(record, oldImage(record, view));
            default:
                throw new StreamRecordException(record.eventID(),
                        "has the event name " + record.eventNameAsString() + ", not INSERT, MODIFY or REMOVE");
        }
    }

    /** The record's stream part (keys, images, view type), which every record of a stream has. */
    static StreamRecord streamPart(Record record) {
        if (record.dynamodb() == null) {
            throw new StreamRecordException(record.eventID(), "has no 'dynamodb' part");
        }
        return record.dynamodb();
    }

    private T newImage(Record record, StreamViewType view) {
        boolean included = view == StreamViewType.NEW_IMAGE || view == StreamViewType.NEW_AND_OLD_IMAGES;
        StreamRecord change = record.dynamodb();
        return included ? image(record, view, "NewImage", change.hasNewImage() ? change.newImage() : null) : null;
    }

    private T oldImage(Record record, StreamViewType view) {
        boolean included = view == StreamViewType.OLD_IMAGE || view == StreamViewType.NEW_AND_OLD_IMAGES;
        StreamRecord change = record.dynamodb();
        return included ? image(record, view, "OldImage", change.hasOldImage() ? change.oldImage() : null) : null;
    }

    private T image(Record record, StreamViewType view, String name, Map<String, AttributeValue> item) {
        if (item == null) {
            throw new StreamRecordException(record.eventID(),
                    "its view type " + view + " includes the " + name + " of " + record.eventNameAsString()
                            + " records, but the record has none");
        }
        return schema.fromItem(item);
    }
}
