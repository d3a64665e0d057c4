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

    /** An opaque, URL-safe cursor for the next page; empty when nothing is left. */
    public Optional<String> cursor() {
        return Optional.ofNullable(cursor);
    }

    /** Whether another page may follow. */
    public boolean hasMore() {
        return cursor != null;
    }
}
