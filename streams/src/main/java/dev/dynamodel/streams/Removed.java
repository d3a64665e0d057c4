package dev.dynamodel.streams;

import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * An item was deleted ({@code REMOVE}), by a user's request or by DynamoDB's TTL expiry
 * ({@link #expired()}). It carries the old image when the stream's view type is {@code OLD_IMAGE} or
 * {@code NEW_AND_OLD_IMAGES}; there is never a new image.
 *
 * <pre>{@code
 * if (event instanceof Removed<Session> removed && removed.expired()) {
 *     removed.oldImage().ifPresent(archive::store);
 * }
 * }</pre>
 *
 * @param <T> the entity type
 */
public final class Removed<T> implements ChangeEvent<T> {
    /** What AWS documents for a deletion by TTL: the record's identity is the DynamoDB service. */
    static final String TTL_PRINCIPAL = "dynamodb.amazonaws.com";
    static final String TTL_IDENTITY_TYPE = "Service";

    private final Record record;
    private final T oldImage;

    Removed(Record record, T oldImage) {
        this.record = Objects.requireNonNull(record, "record");
        this.oldImage = oldImage;
    }

    @Override
    public Record record() {
        return record;
    }

    /** The item as it was; empty unless the view type is {@code OLD_IMAGE} or {@code NEW_AND_OLD_IMAGES}. */
    public Optional<T> oldImage() {
        return Optional.ofNullable(oldImage);
    }

    /**
     * True when DynamoDB deleted the item because its TTL attribute had passed: the record's
     * {@code userIdentity} has the type {@code Service} and the principal
     * {@code dynamodb.amazonaws.com}. False for a delete that a client sent, which has no identity.
     */
    public boolean expired() {
        Identity identity = record.userIdentity();
        return identity != null && TTL_IDENTITY_TYPE.equals(identity.type())
                && TTL_PRINCIPAL.equals(identity.principalId());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Removed<?> that && record.equals(that.record)
                && Objects.equals(oldImage, that.oldImage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(record, oldImage);
    }

    /** The event id, view type and cause only: images hold user data, which logs should not receive by accident. */
    @Override
    public String toString() {
        return "Removed[eventId=" + record.eventID() + ", viewType=" + viewType() + ", expired=" + expired() + "]";
    }
}
