package dev.dynamodel.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Walks the pages of a query or scan lazily: a request is sent only when the items fetched so far
 * are used up. Stops at the item limit or the page bound, and knows the exact start key that
 * resumes after the last item handed out, even in the middle of a DynamoDB page.
 */
final class Pager<T> implements Iterator<T> {
    private final Function<Map<String, AttributeValue>, RawPage> fetch;
    private final Function<Map<String, AttributeValue>, T> convert;
    private final Target target;
    private final int limit;
    private final int maxPages;

    private final Deque<Map<String, AttributeValue>> buffer = new ArrayDeque<>();
    private Map<String, AttributeValue> startKey;
    private Map<String, AttributeValue> lastReturned;
    private boolean exhausted;
    private int pages;
    private int returned;

    /** {@code limit} and {@code maxPages} are 0 for unbounded. */
    Pager(Function<Map<String, AttributeValue>, RawPage> fetch, Function<Map<String, AttributeValue>, T> convert,
          Target target, Map<String, AttributeValue> startKey, int limit, int maxPages) {
        this.fetch = fetch;
        this.convert = convert;
        this.target = target;
        this.startKey = startKey;
        this.limit = limit;
        this.maxPages = maxPages;
    }

    @Override
    public boolean hasNext() {
        while (buffer.isEmpty() && canFetch()) {
            fetchPage();
        }
        return !buffer.isEmpty() && !limitReached();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        lastReturned = buffer.poll();
        returned++;
        return convert.apply(lastReturned);
    }

    /** Items up to the limit; without a limit, the items of one DynamoDB response. */
    Page<T> nextPage() {
        List<T> items = new ArrayList<>();
        int pagesAtStart = pages;
        while (!limitReached()) {
            if (buffer.isEmpty()) {
                boolean mayFetch = limit > 0 || pages == pagesAtStart;
                if (!mayFetch || !canFetch()) {
                    break;
                }
                fetchPage();
                continue;
            }
            items.add(next());
        }
        return new Page<>(items, cursor());
    }

    /** The cursor resuming after the last item handed out, or null when nothing is left. */
    String cursor() {
        Map<String, AttributeValue> resume;
        if (!buffer.isEmpty()) {
            resume = keyOf(lastReturned);
        } else if (exhausted) {
            return null;
        } else {
            resume = startKey;
        }
        return resume == null ? null : Cursors.encode(target, resume);
    }

    private boolean limitReached() {
        return limit > 0 && returned >= limit;
    }

    private boolean canFetch() {
        return !exhausted && !limitReached() && (maxPages == 0 || pages < maxPages);
    }

    private void fetchPage() {
        RawPage page = fetch.apply(startKey);
        pages++;
        buffer.addAll(page.items());
        if (page.isLast()) {
            exhausted = true;
            startKey = null;
        } else {
            startKey = page.lastEvaluatedKey();
        }
    }

    private Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
        if (item == null) {
            return startKey;
        }
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
