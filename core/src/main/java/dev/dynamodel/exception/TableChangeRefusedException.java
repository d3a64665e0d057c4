package dev.dynamodel.exception;

import java.util.List;

/**
 * {@code apply()} found differences DynamoDB cannot make to an existing table (its key, its local
 * indexes), so it changed nothing. The table is never dropped to make them: migrate the items to a
 * new table instead.
 */
public class TableChangeRefusedException extends DynamodelException {
    private final String table;
    private final List<String> refusals;

    public TableChangeRefusedException(String table, List<String> refusals) {
        super("table " + table + " cannot be changed in place, so nothing was changed: " + String.join("; ", refusals)
                + ". Create a new table and copy the items instead");
        this.table = table;
        this.refusals = List.copyOf(refusals);
    }

    /** The physical table name. */
    public String table() {
        return table;
    }

    /** Each difference that cannot be made, in words. */
    public List<String> refusals() {
        return refusals;
    }
}
