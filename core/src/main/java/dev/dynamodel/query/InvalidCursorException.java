package dev.dynamodel.query;

import dev.dynamodel.DynamodelException;

/** A cursor that was altered, truncated, or made by a query on another table or index. */
public class InvalidCursorException extends DynamodelException {
    public InvalidCursorException(String message) {
        super(message);
    }

    public InvalidCursorException(String message, Throwable cause) {
        super(message, cause);
    }
}
