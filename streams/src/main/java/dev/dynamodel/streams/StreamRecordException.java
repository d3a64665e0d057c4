package dev.dynamodel.streams;

import dev.dynamodel.exception.DynamodelException;

/**
 * A stream record that cannot become a typed event: it lacks what its view type promises, has an
 * event name other than {@code INSERT}, {@code MODIFY} or {@code REMOVE}, or matches no route of a
 * {@link ChangeRouter}. The message names the record's event id and what is missing, never an
 * attribute's value.
 */
public class StreamRecordException extends DynamodelException {
    private final String eventId;

    StreamRecordException(String eventId, String problem) {
        super("Stream record " + eventId + ": " + problem);
        this.eventId = eventId;
    }

    /** The record's {@code eventID}, by which its stream and Lambda logs name it. */
    public String eventId() {
        return eventId;
    }
}
