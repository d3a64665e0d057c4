package dev.dynamodel.batch;

import dev.dynamodel.exception.DynamodelException;

/** The thread running a batch was interrupted; what was not processed by then is reported as such. */
public class BatchInterruptedException extends DynamodelException {
    public BatchInterruptedException() {
        super("Interrupted before all items of the batch were processed");
    }
}
