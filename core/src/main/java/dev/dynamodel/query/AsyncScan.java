package dev.dynamodel.query;

import dev.dynamodel.internal.ReadTable;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * {@link Scan} without blocking, made by {@code model.async().scan()}: the same filter, paging and
 * cursors. A sequential scan only: it has no {@code parallel(segments)}.
 *
 * @param <T> the entity type
 */
public final class AsyncScan<T> extends AsyncRetrieval<T, AsyncScan<T>> {
    private final Scan<T> scan;

    /** Made by the runtime (a user's module cannot name {@link ReadTable}): use {@code model.async().scan()}. */
    public AsyncScan(ReadTable<T> table) {
        this(new Scan<>(table));
    }

    private AsyncScan(Scan<T> scan) {
        super(scan);
        this.scan = scan;
    }

    /** The request for the first page, as it would be sent, without sending it. */
    public ScanRequest request() {
        return scan.request();
    }
}
