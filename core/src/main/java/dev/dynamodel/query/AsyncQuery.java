package dev.dynamodel.query;

import dev.dynamodel.condition.Condition;
import dev.dynamodel.internal.ReadTable;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * {@link Query} without blocking, made by {@code model.async().query(condition)}: the same key
 * planning, filter, paging and cursors, results as a {@code Flow.Publisher} or futures.
 *
 * @param <T> the entity type
 */
public final class AsyncQuery<T> extends AsyncRetrieval<T, AsyncQuery<T>> {
    private final Query<T> query;

    /** Made by the runtime (a user's module cannot name {@link ReadTable}): use {@code model.async().query(condition)}. */
    public AsyncQuery(ReadTable<T> table, Condition condition) {
        this(new Query<>(table, condition));
    }

    private AsyncQuery(Query<T> query) {
        super(query);
        this.query = query;
    }

    /** The blocking query this one sends asynchronously: they share every option. */
    Query<T> query() {
        return query;
    }

    /** As {@link Query#descending()}. */
    public AsyncQuery<T> descending() {
        query.descending();
        return this;
    }

    /** As {@link Query#ascending()}. */
    public AsyncQuery<T> ascending() {
        query.ascending();
        return this;
    }

    /** The request for the first page, as it would be sent, without sending it. */
    public QueryRequest request() {
        return query.request();
    }
}
