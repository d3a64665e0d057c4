package dev.dynamodel.processor.model;

/**
 * One stored field of an entity or document.
 *
 * @param javaName  the field or record component name
 * @param storedName the attribute name in DynamoDB
 * @param type      how its value is stored
 * @param read      how generated code reads it from an instance
 * @param write     how generated code puts it into an instance
 */
public record Property(String javaName, String storedName, ValueType type, Access read, Access write) {

    /** How generated code reaches a value: a method call (accessor, setter) or a field. */
    public record Access(Kind kind, String name) {
        public enum Kind { METHOD, FIELD, CONSTRUCTOR }

        public static Access method(String name) {
            return new Access(Kind.METHOD, name);
        }

        public static Access field(String name) {
            return new Access(Kind.FIELD, name);
        }

        public static Access constructor() {
            return new Access(Kind.CONSTRUCTOR, "");
        }
    }
}
