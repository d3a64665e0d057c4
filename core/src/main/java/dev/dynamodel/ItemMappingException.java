package dev.dynamodel;

/** A stored item could not be read into its entity: an attribute holds a value of another type. */
public class ItemMappingException extends DynamodelException {
    public ItemMappingException(String message) {
        super(message);
    }

    public ItemMappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
