package dev.dynamodel.streams;

import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * An item was created ({@code INSERT}). It carries the new image when the stream's view type is
 * {@code NEW_IMAGE} or {@code NEW_AND_OLD_IMAGES}; there is never an old image.
 *
 * <pre>{@code
 * if (event instanceof Inserted<Order> inserted) {
 *     inserted.newImage().ifPresent(order -> totals.add(order.amount()));
 * }
 * }</pre>
 *
 * @param <T> the entity type
 */
public final class Inserted<T> implements ChangeEvent<T> {
    private final Record record;
    private final T newImage;

    Inserted(Record record, T newImage) {
        this.record = Objects.requireNonNull(record, "record");
        this.newImage = newImage;
    }

    @Override
    public Record record() {
        return record;
    }

    /** The item as written; empty when the view type is {@code KEYS_ONLY} or {@code OLD_IMAGE}. */
    public Optional<T> newImage() {
        return Optional.ofNullable(newImage);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Inserted<?> that && record.equals(that.record)
                && Objects.equals(newImage, that.newImage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(record, newImage);
    }

    /** The event id and view type only: images hold user data, which logs should not receive by accident. */
    @Override
    public String toString() {
        return "Inserted[eventId=" + record.eventID() + ", viewType=" + viewType() + "]";
    }
}
