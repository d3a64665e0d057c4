package dev.dynamodel.query;

import dev.dynamodel.condition.Condition;
import dev.dynamodel.internal.Futures;
import dev.dynamodel.schema.Attribute;
import dev.dynamodel.schema.IndexDefinition;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * What asynchronous queries and scans share: the options of {@link Retrieval} (each is passed to
 * the same builder the blocking API uses, so requests, key planning, cursors and the expiry filter
 * are the same) and the results without blocking: a {@link Flow.Publisher} of items or of pages,
 * a list, a count.
 *
 * @param <T>    the entity type
 * @param <SELF> the concrete builder, for chaining
 */
public abstract class AsyncRetrieval<T, SELF extends AsyncRetrieval<T, SELF>> {
    final Retrieval<T, ?> retrieval;

    AsyncRetrieval(Retrieval<T, ?> retrieval) {
        this.retrieval = retrieval;
    }

    @SuppressWarnings("unchecked")
    private SELF self() {
        return (SELF) this;
    }

    /** As {@link Retrieval#filter}. */
    public SELF filter(Condition condition) {
        retrieval.filter(condition);
        return self();
    }

    /** As {@link Retrieval#select}. */
    public SELF select(Attribute<?>... attributes) {
        retrieval.select(attributes);
        return self();
    }

    /** As {@link Retrieval#pageSize}: DynamoDB's {@code Limit}, items evaluated per request. */
    public SELF pageSize(int items) {
        retrieval.pageSize(items);
        return self();
    }

    /** As {@link Retrieval#limit}: the most items returned in all, after the filter. */
    public SELF limit(int items) {
        retrieval.limit(items);
        return self();
    }

    /** As {@link Retrieval#maxPages}: the most requests sent. */
    public SELF maxPages(int pages) {
        retrieval.maxPages(pages);
        return self();
    }

    /** As {@link Retrieval#startAfter}: resumes from a cursor of this query (from either API). */
    public SELF startAfter(String cursor) {
        retrieval.startAfter(cursor);
        return self();
    }

    /** As {@link Retrieval#consistentRead}. */
    public SELF consistentRead() {
        retrieval.consistentRead();
        return self();
    }

    /** As {@link Retrieval#returnConsumedCapacity}: each {@link Page#consumedCapacity()} sums its requests'. */
    public SELF returnConsumedCapacity(ReturnConsumedCapacity mode) {
        retrieval.returnConsumedCapacity(mode);
        return self();
    }

    /** As {@link Retrieval#using}. */
    public SELF using(IndexDefinition index) {
        retrieval.using(index);
        return self();
    }

    /** As {@link Retrieval#usingTable}. */
    public SELF usingTable() {
        retrieval.usingTable();
        return self();
    }

    /**
     * The matching items. A request is sent only when the subscriber has asked for an item the
     * responses so far cannot give; after {@code cancel()} no request is sent. Each subscriber reads
     * the results from the start (or the cursor) on its own. Failures arrive in {@code onError} as
     * the library's exceptions ({@code InvalidCursorException}, {@code DynamoRequestException}, ...).
     */
    public Flow.Publisher<T> publisher() {
        return retrieval.itemPublisher();
    }

    /**
     * One {@link Page} per DynamoDB response (each {@code request(1)} sends at most one request),
     * with its items up to the limit and the cursor after them. A page is empty when the filter
     * kept none of the items the request evaluated; its cursor is empty exactly when DynamoDB said
     * the response was the last.
     * Unlike {@link #page()}, the cursor is the response's own (no request is sent ahead
     * to find out whether more items follow), so the last page may carry a cursor to an empty page.
     */
    public Flow.Publisher<Page<T>> pages() {
        return PagePublisher.pages(retrieval::pager);
    }

    /**
     * As the blocking {@link Retrieval#page()}: up to the limit (as many requests as that takes), or
     * without a limit the items of the first response that has any; its cursor is present exactly
     * when more items follow (a request is sent ahead to know, within {@code maxPages}).
     */
    public CompletableFuture<Page<T>> page() {
        return Futures.unwrapped(retrieval::pageAsync);
    }

    /** All matching items (up to the limit). */
    public CompletableFuture<List<T>> list() {
        return Futures.unwrapped(retrieval::listAsync);
    }

    /** How many items match, counted by DynamoDB ({@code Select.COUNT}) without fetching them. */
    public CompletableFuture<Long> count() {
        return Futures.unwrapped(retrieval::countAsync);
    }
}
