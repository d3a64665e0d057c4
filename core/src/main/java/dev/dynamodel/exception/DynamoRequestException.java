package dev.dynamodel.exception;

import software.amazon.awssdk.core.exception.SdkException;

/**
 * DynamoDB (or the SDK) refused a request. Names the table and the operation; the SDK's exception
 * is the cause.
 */
public class DynamoRequestException extends DynamodelException {
    private final String table;
    private final String operation;

    public DynamoRequestException(String table, String operation, SdkException cause) {
        this(table, operation, operation + " on table " + table + " failed: " + cause.getMessage(), cause);
    }

    protected DynamoRequestException(String table, String operation, String message, SdkException cause) {
        super(message, cause);
        this.table = table;
        this.operation = operation;
    }

    /** The physical table name the request was sent to. */
    public String table() {
        return table;
    }

    /** The DynamoDB operation, such as {@code PutItem}. */
    public String operation() {
        return operation;
    }
}
