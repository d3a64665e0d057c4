package dev.dynamodel.query;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * One page of results and the cursor that resumes exactly after its last item.
 *
 * <pre>{@code
 * Page<Movie> first = movies.query(MovieSchema.YEAR.eq(2013)).limit(20).page();
 * first.cursor().ifPresent(c -> movies.query(MovieSchema.YEAR.eq(2013)).limit(20).startAfter(c).page());
 * }</pre>
 *
 * @param <T> the entity type
 */
public final class Page<T> {
    private final List<T> items;
    private final String cursor;
    private final List<ConsumedCapacity> consumedCapacity;

    Page(List<T> items, String cursor, List<ConsumedCapacity> consumedCapacity) {
        this.items = List.copyOf(items);
        this.cursor = cursor;
        this.consumedCapacity = consumedCapacity;
    }

    /** The items of this page, in the order DynamoDB returned them. */
    public List<T> items() {
        return items;
    }

    /**
     * A URL-safe cursor for the next page of the same query; empty when nothing is left, present
     * when more items follow (or when {@code maxPages} stopped the reading before that was known).
     */
    public Optional<String> cursor() {
        return Optional.ofNullable(cursor);
    }

    /**
     * The capacity consumed by the requests sent to make this page (it may take several when a
     * filter drops items, and a read ahead to know whether more follow), summed per table; empty
     * unless {@code returnConsumedCapacity} was set on the call or the runtime.
     */
    public List<ConsumedCapacity> consumedCapacity() {
        return consumedCapacity;
    }

    /** Whether this page has a cursor: more items follow (see {@link #cursor()}). */
    public boolean hasMore() {
        return cursor != null;
    }
}
