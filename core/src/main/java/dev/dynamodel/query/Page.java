package dev.dynamodel.query;

import java.util.List;
import java.util.Optional;

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

    Page(List<T> items, String cursor) {
        this.items = List.copyOf(items);
        this.cursor = cursor;
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

    /** Whether this page has a cursor: more items follow (see {@link #cursor()}). */
    public boolean hasMore() {
        return cursor != null;
    }
}
