package dev.dynamodel.processor.model;

/** The scalar Java types the library stores, and the DynamoDB type each becomes. */
public enum ScalarKind {
    STRING("S"),
    CHAR("S"),
    ENUM("S"),
    UUID("S"),
    INSTANT("S"),
    LOCAL_DATE("S"),
    LOCAL_DATE_TIME("S"),
    OFFSET_DATE_TIME("S"),
    BOOLEAN("BOOL"),
    INT("N"),
    LONG("N"),
    SHORT("N"),
    BYTE("N"),
    DOUBLE("N"),
    FLOAT("N"),
    BIG_DECIMAL("N"),
    BIG_INTEGER("N"),
    BYTES("B"),
    SDK_BYTES("B");

    private final String dynamoType;

    ScalarKind(String dynamoType) {
        this.dynamoType = dynamoType;
    }

    /** {@code S}, {@code N}, {@code B} or {@code BOOL}. */
    public String dynamoType() {
        return dynamoType;
    }

    /** Whether DynamoDB accepts it as a key attribute. */
    public boolean keyable() {
        return !dynamoType.equals("BOOL");
    }

    /** Whether a set of it can be stored (as SS, NS or BS). byte[] has no value equality. */
    public boolean settable() {
        return keyable() && this != BYTES;
    }
}
