package dev.dynamodel.examples.lambda;

/** The example's tables on DynamoDB Local, as its deployment would create them. */
final class LocalTables {
    private LocalTables() {
    }

    /** Creates both tables, each with the options its entity declares: the Tasks table with its stream. */
    static void create(Backend backend) {
        backend.tasks().createTable();   // with the stream Task declares
        backend.lists().createTable();
    }
}
