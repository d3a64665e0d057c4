package dev.dynamodel.support;

import dev.dynamodel.exception.ItemMappingException;

/**
 * What generated {@code fromItem} code throws when reading an attribute failed: the same failure
 * with the attribute put in front of any path it already has, so a failure deep in nested
 * documents names its whole path ({@code address.zip_code}).
 *
 * <p>For generated code only: not an API, may change in any release without notice.
 */
public final class ReadFailures {
    private ReadFailures() {
    }

    /** The failure to throw for {@code failure} raised while reading {@code attribute} (null: not tied to one). */
    public static RuntimeException reading(String attribute, RuntimeException failure) {
        if (attribute == null) {
            return failure;
        }
        if (failure instanceof ItemMappingException mapping) {
            String path = mapping.path() == null ? attribute : attribute + "." + mapping.path();
            return new ItemMappingException(path, mapping.problem(),
                    mapping.getCause() != null ? mapping.getCause() : mapping);
        }
        // Not the failure's message: a parse error of the JDK or of a converter may quote the
        // stored value. The failure stays the cause, for its stack trace.
        return new ItemMappingException(attribute, "cannot be read: " + failure.getClass().getName() + " thrown",
                failure);
    }
}
