package dev.dynamodel.streams;

import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * An existing item was replaced or updated ({@code MODIFY}). It carries the old image, the new image,
 * both or neither, as the stream's view type says.
 *
 * <pre>{@code
 * if (event instanceof Modified<Order> modified
 *         && modified.oldImage().isPresent() && modified.newImage().isPresent()) {
 *     audit(modified.oldImage().get(), modified.newImage().get());
 * }
 * }</pre>
 *
 * @param <T> the entity type
 */
public final class Modified<T> implements ChangeEvent<T> {
    private final Record record;
    private final T oldImage;
    private final T newImage;

    Modified(Record record, T oldImage, T newImage) {
        this.record = Objects.requireNonNull(record, "record");
        this.oldImage = oldImage;
        this.newImage = newImage;
    }

    @Override
    public Record record() {
        return record;
    }

    /** The item before the change; empty unless the view type is {@code OLD_IMAGE} or {@code NEW_AND_OLD_IMAGES}. */
    public Optional<T> oldImage() {
        return Optional.ofNullable(oldImage);
    }

    /** The item after the change; empty unless the view type is {@code NEW_IMAGE} or {@code NEW_AND_OLD_IMAGES}. */
    public Optional<T> newImage() {
        return Optional.ofNullable(newImage);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Modified<?> that && record.equals(that.record)
                && Objects.equals(oldImage, that.oldImage) && Objects.equals(newImage, that.newImage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(record, oldImage, newImage);
    }

    /** The event id and view type only: images hold user data, which logs should not receive by accident. */
    @Override
    public String toString() {
        return "Modified[eventId=" + record.eventID() + ", viewType=" + viewType() + "]";
    }
}
