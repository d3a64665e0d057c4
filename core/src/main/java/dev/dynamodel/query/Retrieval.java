package dev.dynamodel.query;

import dev.dynamodel.condition.Condition;
import dev.dynamodel.condition.ExpressionWriter;
import dev.dynamodel.exception.InvalidCursorException;
import dev.dynamodel.internal.CursorSeal;
import dev.dynamodel.internal.Futures;
import dev.dynamodel.internal.Sender;
import dev.dynamodel.internal.ReadTable;
import dev.dynamodel.schema.Attribute;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.IndexDefinition;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * What queries and scans share: the filter, projection, paging bounds, cursor and consistency,
 * and the ways to read the results (a lazy {@link #stream()}, {@link #list()}, {@link #page()},
 * {@link #count()}).
 *
 * <p><b>Limits.</b> {@link #pageSize(int)} is DynamoDB's {@code Limit}: how many items one request
 * <em>evaluates</em>, before the filter. {@link #limit(int)} is how many items you get back at most,
 * after the filter, however many requests that takes. {@link #maxPages(int)} bounds the requests.
 *
 * @param <T>    the entity type
 * @param <SELF> the concrete builder, for chaining
 */
public abstract class Retrieval<T, SELF extends Retrieval<T, SELF>> implements Iterable<T> {
    final Sender sender;
    final String tableName;
    final EntitySchema<T> schema;
    final CursorSeal cursorSeal;
    /** Applied to every request but left out of cursors' fingerprints: the time it compares with moves. */
    final Condition expiryFilter;

    Condition filter;
    Projection projection;
    int pageSize;
    int limit;
    int maxPages;
    String cursor;
    boolean consistentRead;
    /** Null: the runtime's setting. */
    ReturnConsumedCapacity returnConsumedCapacity;
    Optional<Target> explicitTarget = Optional.empty();
    /** For a family's collection read that skips unknown types: reads each item or skips and counts it. */
    UnknownTypes unknownTypes;

    Retrieval(ReadTable<T> table) {
        this.sender = table.sender();
        this.tableName = table.tableName();
        this.schema = table.schema();
        this.cursorSeal = table.cursorSeal();
        this.expiryFilter = table.expiryFilter();
    }

    /**
     * Asks DynamoDB to report the capacity each request of this call consumes ({@code TOTAL},
     * {@code INDEXES}, or {@code NONE} to ask for none whatever the runtime's setting): each
     * {@link Page#consumedCapacity()} sums its requests', and request listeners hear each one.
     */
    public SELF returnConsumedCapacity(ReturnConsumedCapacity mode) {
        this.returnConsumedCapacity = Objects.requireNonNull(mode, "mode");
        return self();
    }

    @SuppressWarnings("unchecked")
    private SELF self() {
        return (SELF) this;
    }

    /** Adds a filter, applied by DynamoDB after the key condition; several filters all apply. */
    public SELF filter(Condition condition) {
        filter = filter == null ? condition : filter.and(condition);
        targetOrFilterChanged();
        return self();
    }

    /**
     * Reads only these attributes or nested paths ({@code ADDRESS.city()} reads {@code address.city}
     * and no other field of {@code address}); the keys are always read, for cursors. Everything
     * else reads as null (or as a primitive field's zero).
     */
    public SELF select(Attribute<?>... attributes) {
        projection = Projection.of(attributes);
        return self();
    }

    /** DynamoDB's {@code Limit}: items evaluated per request, before the filter. */
    public SELF pageSize(int items) {
        this.pageSize = positive(items, "pageSize");
        return self();
    }

    /** The most items returned in all, after the filter. */
    public SELF limit(int items) {
        this.limit = positive(items, "limit");
        return self();
    }

    /** The most requests sent. */
    public SELF maxPages(int pages) {
        this.maxPages = positive(pages, "maxPages");
        return self();
    }

    /**
     * Resumes after the last item of an earlier page, from that page's cursor. The cursor must come
     * from the same query: same table or index, key condition, direction and filter (page size,
     * limit and projection may change).
     *
     * @throws InvalidCursorException when the results are read, if the cursor is not one of this query's
     */
    public SELF startAfter(String cursor) {
        this.cursor = cursor;
        return self();
    }

    /** Strongly consistent reads; not available on global secondary indexes. */
    public SELF consistentRead() {
        this.consistentRead = true;
        return self();
    }

    /** Reads this index, whatever the conditions would choose. */
    public SELF using(IndexDefinition index) {
        if (!schema.indexes().contains(index)) {
            throw new IllegalArgumentException(index + " is not an index of " + schema.entityName() + "; its indexes are "
                    + schema.indexes());
        }
        explicitTarget = Optional.of(Target.index(tableName, schema, index));
        targetOrFilterChanged();
        return self();
    }

    /** Reads the table itself, whatever the conditions would choose. */
    public SELF usingTable() {
        explicitTarget = Optional.of(Target.table(tableName, schema));
        targetOrFilterChanged();
        return self();
    }

    /** Called when the filter or the chosen table or index changes, for what was planned from them. */
    void targetOrFilterChanged() {
    }

    /** The matching items, fetched lazily page by page as the stream is consumed. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /** All matching items (up to the limit). */
    public List<T> list() {
        ArrayList<T> items = new ArrayList<>();
        Iterator<T> iterator = iterator(); // a parallel scan's is not a pager
        if (!(iterator instanceof Pager<T> pager)) {
            iterator.forEachRemaining(items::add);
            return items;
        }
        while (pager.hasNext()) {
            items.ensureCapacity(items.size() + pager.bufferedCount()); // grown once per response, not item by item
            while (pager.hasBuffered()) {
                items.add(pager.take());
            }
        }
        return items;
    }

    @Override
    public Iterator<T> iterator() {
        return pager();
    }

    /**
     * One page: up to {@link #limit(int)} items (as many requests as that takes), or without a limit
     * the items of one request (the first that returns any); with the cursor that resumes right after
     * its last item. The cursor is present exactly when more items follow: when a page ends where a
     * DynamoDB response ended, the next request is sent ahead to know, within {@link #maxPages(int)}
     * (if that bound stops it first, the cursor is present and the next page may be empty).
     */
    public Page<T> page() {
        return Futures.join(pageAsync());
    }

    /** {@link #page()} as a plan over the sender, for both faces. */
    CompletableFuture<Page<T>> pageAsync() {
        return Futures.attempt(() -> pager().nextPageAsync());
    }

    /** The items without blocking (see {@link PagePublisher}). */
    Flow.Publisher<T> itemPublisher() {
        return PagePublisher.items(this::pager);
    }

    /** All the items (up to the limit) without blocking. */
    CompletableFuture<List<T>> listAsync() {
        return PagePublisher.collect(itemPublisher());
    }

    /** The count without blocking. */
    CompletableFuture<Long> countAsync() {
        return Futures.attempt(() -> countPagesAsync(target()));
    }

    /** How many items match, counted by DynamoDB ({@code Select.COUNT}) without fetching them. */
    public abstract long count();

    /**
     * Walks the results: blocking through {@link Pager#next()}, or step by step as
     * {@link PagePublisher} drives it without blocking.
     */
    Pager<T> pager() {
        Target target = target();
        Cursors cursors = cursors(target);
        Map<String, AttributeValue> start = cursor == null ? null : cursors.decode(cursor);
        if (unknownTypes != null) {
            return new Pager<>(startKey -> fetch(target, startKey, false), unknownTypes::read, target, cursors, start,
                    limit, maxPages, true);
        }
        return new Pager<>(startKey -> fetch(target, startKey, false), schema::fromItem, target, cursors, start, limit,
                maxPages, false);
    }

    abstract Target target();

    /** The cursors of this query or scan on this target, bound to its {@link Fingerprint}. */
    Cursors cursors(Target target) {
        return new Cursors(cursorSeal, target, () -> fingerprint(target));
    }

    abstract byte[] fingerprint(Target target);

    /** The filter DynamoDB applies: the caller's (and, for a query, the non-key conditions) and the expiry filter. */
    Condition withExpiry(Condition filter) {
        if (expiryFilter == null) {
            return filter;
        }
        return filter == null ? expiryFilter : Condition.all(expiryFilter, filter);
    }

    /** Sums DynamoDB's counts over the pages from the cursor (or the start), within maxPages. */
    long countPages(Target target) {
        return Futures.join(countPagesAsync(target));
    }

    /**
     * The count as a plan over the sender. A response that arrives at once (the blocking sender's
     * always do) is taken in the loop, not in a nested callback, so a count of many pages does not
     * grow the stack.
     */
    CompletableFuture<Long> countPagesAsync(Target target) {
        return Futures.attempt(() -> {
            Map<String, AttributeValue> start = cursor == null ? null : cursors(target).decode(cursor);
            CompletableFuture<Long> total = new CompletableFuture<>();
            new PageCount(start).next(target, total);
            return total;
        });
    }

    /** The running state of one count: where the next request starts, and the sum so far. */
    private final class PageCount {
        private Map<String, AttributeValue> start;
        private long total;
        private int pages;

        PageCount(Map<String, AttributeValue> start) {
            this.start = start;
        }

        void next(Target target, CompletableFuture<Long> result) {
            while (true) {
                CompletableFuture<RawPage> fetched = Futures.attempt(() -> fetch(target, start, true));
                if (!fetched.isDone()) {
                    fetched.whenComplete((page, failure) -> {
                        if (failure != null) {
                            result.completeExceptionally(Futures.cause(failure));
                        } else if (add(page)) {
                            next(target, result);
                        } else {
                            result.complete(total);
                        }
                    });
                    return;
                }
                RawPage page;
                try {
                    page = fetched.join();
                } catch (RuntimeException e) {
                    result.completeExceptionally(Futures.cause(e));
                    return;
                }
                if (!add(page)) {
                    result.complete(total);
                    return;
                }
            }
        }

        /** Adds a response's count; whether another request follows (more pages, within maxPages). */
        private boolean add(RawPage page) {
            total += page.count();
            start = page.lastEvaluatedKey();
            pages++;
            return !page.isLast() && (maxPages == 0 || pages < maxPages);
        }
    }

    /** One request of this query or scan, as a plan over the sender. */
    abstract CompletableFuture<RawPage> fetch(Target target, Map<String, AttributeValue> startKey, boolean count);

    /** The projection expression including the keys a cursor needs, or null for every attribute. */
    String projectionExpression(Target target, ExpressionWriter writer) {
        return projection == null ? null : projection.expression(writer, target.startKeyAttributes());
    }

    void checkConsistency(Target target) {
        if (consistentRead && target.isGlobalIndex()) {
            throw new IllegalArgumentException("consistentRead() is not available on " + target.index()
                    + ": global secondary indexes are eventually consistent");
        }
    }

    Integer requestLimit() {
        if (pageSize > 0) {
            return pageSize;
        }
        // Without a filter every evaluated item is returned, so the item limit can bound each request.
        return limit > 0 && filter == null && expiryFilter == null ? limit : null;
    }

    private static int positive(int value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, not " + value);
        }
        return value;
    }
}
