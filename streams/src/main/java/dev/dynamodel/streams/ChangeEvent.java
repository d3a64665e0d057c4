package dev.dynamodel.streams;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * One change to one item of an entity, read from a DynamoDB Streams record: {@link Inserted},
 * {@link Modified} or {@link Removed}. Which images an event carries is what the stream's view type
 * puts in the record, no more: an image the view type leaves out is an empty {@code Optional}, never
 * an entity filled with nulls. The item's key is always there ({@link #keys()}).
 *
 * <pre>{@code
 * ChangeEvent<Order> event = ChangeDecoder.of(OrderSchema.INSTANCE).decode(record);
 * if (event instanceof Removed<Order> removed && removed.expired()) {
 *     archive(removed.keys());
 * }
 * }</pre>
 *
 * @param <T> the entity type
 */
public sealed interface ChangeEvent<T> permits Inserted, Modified, Removed {

    /**
     * The stream record this event was decoded from, in the SDK's model (a Lambda record is converted
     * to it by {@link LambdaRecords}): event id, sequence number, creation time, identity.
     */
    Record record();

    /** The item's key attributes; present whatever the view type. */
    default Map<String, AttributeValue> keys() {
        return record().dynamodb().keys();
    }

    /** Which images the stream writes: keys only, new image, old image, or both. */
    default StreamViewType viewType() {
        return record().dynamodb().streamViewType();
    }
}
