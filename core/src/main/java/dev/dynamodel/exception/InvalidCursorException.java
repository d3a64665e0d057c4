package dev.dynamodel.exception;


/**
 * A cursor that cannot resume this query, thrown before any request is sent: text that is no cursor,
 * a cursor cut short or altered, one made by another query (table, index, key condition, direction
 * or filter), or one sealed with another secret than the {@code Dynamo}'s. The message says which.
 */
public class InvalidCursorException extends DynamodelException {
    public InvalidCursorException(String message) {
        super(message);
    }

    public InvalidCursorException(String message, Throwable cause) {
        super(message, cause);
    }
}
