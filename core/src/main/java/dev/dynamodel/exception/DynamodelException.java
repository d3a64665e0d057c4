package dev.dynamodel.exception;

/** The root of every exception Dynamodel throws on its own account. */
public class DynamodelException extends RuntimeException {
    public DynamodelException(String message) {
        super(message);
    }

    public DynamodelException(String message, Throwable cause) {
        super(message, cause);
    }
}
