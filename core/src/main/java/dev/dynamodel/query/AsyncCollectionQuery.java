package dev.dynamodel.query;

import dev.dynamodel.exception.UnknownItemTypeException;
import dev.dynamodel.schema.PartitionKey;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * {@link CollectionQuery} without blocking, made by {@code familyModel.async().collection(partitionKey)}:
 * the same key, paging, cursors and handling of unknown types; results as a {@code Flow.Publisher}
 * or futures.
 *
 * @param <T> the family's sealed interface
 */
public final class AsyncCollectionQuery<T> {
    private final AsyncQuery<T> query;
    private final UnknownTypes unknownTypes;

    /** Made by the runtime: use {@code familyModel.async().collection(partitionKey)}. */
    public AsyncCollectionQuery(AsyncQuery<T> query, PartitionKey partition) {
        this.query = Objects.requireNonNull(query, "query");
        this.unknownTypes = CollectionQuery.prepare(query.query(), partition);
    }

    /** As {@link CollectionQuery#failOnUnknownTypes()}: the futures fail with {@link UnknownItemTypeException}. */
    public AsyncCollectionQuery<T> failOnUnknownTypes() {
        query.query().unknownTypes = null;
        return this;
    }

    /** As {@link CollectionQuery#skipped()}. */
    public long skipped() {
        return unknownTypes.skipped();
    }

    /** As {@link CollectionQuery#descending()}. */
    public AsyncCollectionQuery<T> descending() {
        query.descending();
        return this;
    }

    /** As {@link CollectionQuery#limit(int)}. */
    public AsyncCollectionQuery<T> limit(int items) {
        query.limit(items);
        return this;
    }

    /** As {@link CollectionQuery#pageSize(int)}. */
    public AsyncCollectionQuery<T> pageSize(int items) {
        query.pageSize(items);
        return this;
    }

    /** As {@link CollectionQuery#startAfter(String)}. */
    public AsyncCollectionQuery<T> startAfter(String cursor) {
        query.startAfter(cursor);
        return this;
    }

    /** The items as a publisher that honours demand. */
    public Flow.Publisher<T> publisher() {
        return query.publisher();
    }

    /** The pages as a publisher, each with its cursor. */
    public Flow.Publisher<Page<T>> pages() {
        return query.pages();
    }

    /** Every item (up to the limit). */
    public CompletableFuture<List<T>> list() {
        return query.list();
    }

    /** Every item (up to the limit), grouped by member type. */
    public CompletableFuture<Grouped<T>> grouped() {
        return query.list().thenApply(Grouped::new);
    }
}
