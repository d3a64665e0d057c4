package dev.dynamodel.transaction;

/** DynamoDB's bounds on one transaction, checked before anything is sent. */
final class Limits {
    /** TransactWriteItems and TransactGetItems take at most 100 items. */
    static final int MAX_ITEMS = 100;
    /** ClientRequestToken is 1 to 36 characters. */
    static final int MAX_TOKEN_LENGTH = 36;

    private Limits() {
    }

    static void checkSize(String call, int items) {
        if (items == 0) {
            throw new IllegalArgumentException(call + " needs at least one item");
        }
        if (items > MAX_ITEMS) {
            throw new IllegalArgumentException(call + " takes at most " + MAX_ITEMS + " items; this one has " + items
                    + ". Split it into several transactions, or use a batch if all-or-nothing is not needed");
        }
    }
}
