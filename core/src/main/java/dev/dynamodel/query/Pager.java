package dev.dynamodel.query;

import dev.dynamodel.internal.Futures;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import dev.dynamodel.internal.CapacityTally;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Walks the pages of a query or scan lazily: a request is sent only when the items fetched so far
 * are used up. Stops at the item limit or the page bound, and knows the exact start key that
 * resumes after the last item handed out, even in the middle of a DynamoDB page.
 *
 * <p>The blocking API calls {@link #next()} and {@link #nextPage()}, which fetch when they must;
 * {@link PagePublisher} drives the same state without blocking: {@link #canFetch()},
 * {@link #request()}, {@link #accept(RawPage)}, {@link #hasBuffered()}, {@link #take()}.
 */
final class Pager<T> implements Iterator<T> {
    private final Function<Map<String, AttributeValue>, CompletableFuture<RawPage>> fetch;
    private final Function<Map<String, AttributeValue>, T> convert;
    private final Target target;
    private final Cursors cursors;
    private final int limit;
    private final int maxPages;
    /**
     * Converts each item as its response arrives, dropping those that convert to null (a family
     * read's unknown types, skipped): one look at each item instead of a check and then a read.
     */
    private final boolean convertOnArrival;
    /**
     * The items fetched and not handed out yet: the response's own list (no copy) from position
     * {@link #next} on, and beside it, when converting on arrival, the converted values.
     */
    private List<Map<String, AttributeValue>> buffer = List.of();
    private List<T> converted = List.of();
    private int next;
    private Map<String, AttributeValue> startKey;
    private Map<String, AttributeValue> lastReturned;
    private boolean exhausted;
    private int pages;
    private int returned;
    /** What the requests sent since the last page was handed out reported; null until one reports any. */
    private CapacityTally capacity;

    /** {@code limit} and {@code maxPages} are 0 for unbounded. */
    Pager(Function<Map<String, AttributeValue>, CompletableFuture<RawPage>> fetch, Function<Map<String, AttributeValue>, T> convert,
          Target target, Cursors cursors, Map<String, AttributeValue> startKey, int limit, int maxPages,
          boolean convertOnArrival) {
        this.convertOnArrival = convertOnArrival;
        this.fetch = fetch;
        this.convert = convert;
        this.target = target;
        this.cursors = cursors;
        this.startKey = startKey;
        this.limit = limit;
        this.maxPages = maxPages;
    }

    @Override
    public boolean hasNext() {
        while (bufferEmpty() && canFetch()) {
            fetchPage();
        }
        return !bufferEmpty() && !limitReached();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return take();
    }

    /** Whether an item fetched already may be handed out (the limit is not reached). */
    boolean hasBuffered() {
        return !bufferEmpty() && !limitReached();
    }

    /** How many items fetched already may be handed out now (within the limit). */
    int bufferedCount() {
        int buffered = buffer.size() - next;
        return limit > 0 ? Math.min(buffered, limit - returned) : buffered;
    }

    private boolean bufferEmpty() {
        return next >= buffer.size();
    }

    /** Hands out the next item fetched already; call only when {@link #hasBuffered()}. */
    T take() {
        int at = next++;
        lastReturned = buffer.get(at);
        returned++;
        return convertOnArrival ? converted.set(at, null) : convert.apply(lastReturned); // handed out, not held
    }

    /**
     * The cursor after a page that ended where a response ended or where the limit cut it, without
     * reading ahead: null only when DynamoDB said nothing is left (or the limit cut nothing short).
     */
    String cursorWithoutReadingAhead() {
        if (!bufferEmpty()) {
            return cursors.encode(keyOf(lastReturned)); // the limit cut this response: resume inside it
        }
        return startKey == null ? null : cursors.encode(startKey);
    }

    /**
     * Items up to the limit; without a limit, the items of one DynamoDB response (the first that has
     * any). The cursor is null exactly when nothing is left, unless maxPages stopped the reading first.
     */
    Page<T> nextPage() {
        return Futures.join(nextPageAsync());
    }

    /**
     * {@link #nextPage()} as a plan over the sender, for both faces: the blocking one joins it (its
     * responses arrive complete, so the whole page is read in {@link PageRead#run()}'s loop on the
     * caller's thread), the asynchronous one hands it out.
     */
    CompletableFuture<Page<T>> nextPageAsync() {
        CompletableFuture<Page<T>> result = new CompletableFuture<>();
        new PageRead(result).run();
        return result;
    }

    /**
     * The running state of one page: first collecting items, then, when the page ended where a
     * response ended, reading ahead to know whether more items follow. A response that arrives at
     * once is taken in the loop, not in a nested callback, so many empty responses do not grow the stack.
     */
    private final class PageRead {
        private final CompletableFuture<Page<T>> result;
        private final List<T> items = new ArrayList<>();
        private boolean readingAhead;
        private Map<String, AttributeValue> resume;

        PageRead(CompletableFuture<Page<T>> result) {
            this.result = result;
        }

        void run() {
            try {
                CompletableFuture<RawPage> fetched;
                while ((fetched = nextRequest()) != null) {
                    if (!fetched.isDone()) {
                        fetched.whenComplete((page, failure) -> {
                            if (failure != null) {
                                result.completeExceptionally(Futures.cause(failure));
                            } else {
                                accept(page);
                                run();
                            }
                        });
                        return;
                    }
                    accept(Futures.join(fetched));
                }
            } catch (RuntimeException e) {
                result.completeExceptionally(Futures.cause(e));
            }
        }

        /** The request the page needs next, or null when it is complete (and {@link #result} with it). */
        private CompletableFuture<RawPage> nextRequest() {
            if (!readingAhead) {
                while (!limitReached()) {
                    if (bufferEmpty()) {
                        boolean mayFetch = limit > 0 || items.isEmpty();
                        if (!mayFetch || !canFetch()) {
                            break;
                        }
                        return Futures.attempt(Pager.this::request);
                    }
                    items.add(take());
                }
                if (!bufferEmpty()) {
                    return finish(keyOf(lastReturned)); // the limit cut this response: resume inside it
                }
                readingAhead = true;
                resume = startKey;
            }
            // DynamoDB's start key says only that more items may follow: read ahead until an item turns
            // up or the end does. Responses with no items move the resume point past them, so the next
            // page repeats at most the one request that found an item.
            if (bufferEmpty() && !exhausted && (maxPages == 0 || pages < maxPages)) {
                resume = startKey;
                return Futures.attempt(Pager.this::request);
            }
            return finish(bufferEmpty() ? startKey : resume);
        }

        private CompletableFuture<RawPage> finish(Map<String, AttributeValue> resumeKey) {
            result.complete(new Page<>(items, resumeKey == null ? null : cursors.encode(resumeKey), takeCapacity()));
            return null;
        }
    }

    private boolean limitReached() {
        return limit > 0 && returned >= limit;
    }

    /** Whether another request may be sent: more pages, the limit not reached, within maxPages. */
    boolean canFetch() {
        return !exhausted && !limitReached() && (maxPages == 0 || pages < maxPages);
    }

    private void fetchPage() {
        accept(Futures.join(request()));
    }

    /** The next request, from where the last response ended; call only when {@link #canFetch()}. */
    CompletableFuture<RawPage> request() {
        return fetch.apply(startKey);
    }

    /** Takes in the response to {@link #request()}. */
    void accept(RawPage page) {
        pages++;
        if (!page.capacity().isEmpty()) {
            if (capacity == null) {
                capacity = new CapacityTally();
            }
            capacity.add(page.capacity());
        }
        List<Map<String, AttributeValue>> arrived = page.items();
        List<T> values = List.of();
        if (convertOnArrival) {
            values = new ArrayList<>(arrived.size());
            arrived = convertKeeping(arrived, values);
        }
        if (bufferEmpty()) {
            buffer = arrived;
            converted = values;
        } else {
            // Items are fetched only once the buffer is used up, but should that change, none is lost.
            buffer = concat(buffer.subList(next, buffer.size()), arrived);
            converted = convertOnArrival ? concat(converted.subList(next, converted.size()), values) : List.of();
        }
        next = 0;
        if (page.isLast()) {
            exhausted = true;
            startKey = null;
        } else {
            startKey = page.lastEvaluatedKey();
        }
    }

    /**
     * Converts each item into {@code values}, dropping those that convert to null (as if the filter
     * had removed them: cursors still resume after the last item handed out). Returns the items
     * kept: the response's own list when none was dropped, so that a page of known items is not copied.
     */
    private List<Map<String, AttributeValue>> convertKeeping(List<Map<String, AttributeValue>> items, List<T> values) {
        List<Map<String, AttributeValue>> kept = null;
        for (int i = 0; i < items.size(); i++) {
            Map<String, AttributeValue> item = items.get(i);
            T value = convert.apply(item);
            if (value != null) {
                values.add(value);
                if (kept != null) {
                    kept.add(item);
                }
            } else if (kept == null) {
                kept = new ArrayList<>(items.subList(0, i));
            }
        }
        return kept == null ? items : kept;
    }

    private static <E> List<E> concat(List<E> first, List<E> second) {
        List<E> all = new ArrayList<>(first.size() + second.size());
        all.addAll(first);
        all.addAll(second);
        return all;
    }

    /** The capacity the requests since the last page reported, for the page being handed out. */
    List<ConsumedCapacity> takeCapacity() {
        if (capacity == null) {
            return List.of();
        }
        List<ConsumedCapacity> taken = capacity.total();
        capacity = null;
        return taken;
    }

    private Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (String name : target.startKeyAttributes()) {
            AttributeValue value = item.get(name);
            if (value != null) {
                key.put(name, value);
            }
        }
        return key;
    }
}
