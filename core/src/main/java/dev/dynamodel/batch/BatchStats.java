package dev.dynamodel.batch;

import dev.dynamodel.internal.CapacityTally;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counters of one batch call, updated from the threads that send its chunks, and the progress
 * callback they feed. Callbacks are made one at a time, so a listener sees counts that only grow.
 */
final class BatchStats {
    private static final Logger LOG = LoggerFactory.getLogger(BatchStats.class);

    private final int total;
    private final Consumer<BatchProgress> listener;
    private int written;
    private int failed;
    private int requests;
    private int retries;
    private int throttled;
    private boolean listenerFailed;
    private final CapacityTally capacity = new CapacityTally();

    BatchStats(int total, Consumer<BatchProgress> listener) {
        this.total = total;
        this.listener = listener;
    }

    /** A request was sent; {@code retry} if it re-sent items of an earlier one. */
    synchronized void sent(boolean retry) {
        requests++;
        if (retry) {
            retries++;
        }
    }

    synchronized void throttled() {
        throttled++;
    }

    /** A request came back; {@code done} items of it were processed. */
    synchronized void processed(int done) {
        written += done;
        report();
    }

    /** What a response reported of the capacity its request consumed. */
    void consumed(List<ConsumedCapacity> reported) {
        capacity.add(reported);
    }

    /** Summed over every response of the call, retries included, per table. */
    List<ConsumedCapacity> consumedCapacity() {
        return capacity.total();
    }

    /** Items given up on. */
    synchronized void failed(int count) {
        failed += count;
        report();
    }

    synchronized BatchProgress snapshot() {
        return new BatchProgress(total, written, failed, requests, retries);
    }

    synchronized int throttledCount() {
        return throttled;
    }

    private void report() {
        if (listener == null || listenerFailed) {
            return;
        }
        try {
            listener.accept(new BatchProgress(total, written, failed, requests, retries));
        } catch (RuntimeException e) {
            // A broken listener must not stop the writes or lose track of them.
            listenerFailed = true;
            LOG.warn("Batch progress listener failed; it gets no more calls in this batch", e);
        }
    }
}
