package dev.dynamodel.query;

import dev.dynamodel.internal.ReadTable;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * {@link Scan} without blocking, made by {@code model.async().scan()}: the same filter, paging,
 * cursors and parallel segments.
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

    /**
     * As {@link Scan#parallel}: this many segments, read side by side by chains of requests (at most
     * 64 segments at once). {@code list()} gives the items in segment order, as the blocking scan
     * does; {@code publisher()} gives them as the responses arrive and sends no more requests at a
     * time than items are wanted; {@code count()} sums the segments' counts; {@code page()},
     * {@code pages()} and {@code startAfter} refuse a parallel scan ({@code IllegalStateException}).
     */
    public AsyncScan<T> parallel(int segments) {
        scan.parallel(segments);
        return this;
    }

    /** The request for the first page, as it would be sent, without sending it. */
    public ScanRequest request() {
        return scan.request();
    }
}
