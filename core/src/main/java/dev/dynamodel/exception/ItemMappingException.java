package dev.dynamodel.exception;

/**
 * A stored item could not be read into its entity: an attribute holds a value of another type.
 * {@link #path()} names the attribute, such as {@code address.zip_code}, when it is known.
 *
 * <p>The message names the path and the types (expected and found), never the stored value, so
 * that logging it cannot leak what an item holds: {@code Attribute 'pin': expected a number (N),
 * found a string (S)}.
 */
public class ItemMappingException extends DynamodelException {
    private final String path;

    public ItemMappingException(String message) {
        this(null, message, null);
    }

    public ItemMappingException(String message, Throwable cause) {
        this(null, message, cause);
    }

    /** A failure to read the attribute at {@code path}; the message says what was wrong with it. */
    public ItemMappingException(String path, String problem, Throwable cause) {
        super(path == null ? problem : "Attribute '" + path + "': " + problem, cause);
        this.path = path;
    }

    /** The attribute's path in the item, or null when the failure is not tied to one attribute. */
    public String path() {
        return path;
    }

    /** What was wrong, without the path: the message's own words. */
    public String problem() {
        String message = getMessage();
        return path == null ? message : message.substring(("Attribute '" + path + "': ").length());
    }
}
