package dev.dynamodel.exception;

import java.time.Duration;

/** A table (or one of its global indexes) did not become active, or a deleted table did not go, within the time waited. */
public class TableNotActiveException extends DynamodelException {
    private final String table;

    public TableNotActiveException(String table, Duration waited, String state) {
        super("table " + table + " was not ready after " + waited + ": " + state);
        this.table = table;
    }

    /** The physical table name. */
    public String table() {
        return table;
    }
}
