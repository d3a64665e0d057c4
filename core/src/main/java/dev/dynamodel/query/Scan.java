package dev.dynamodel.query;

import dev.dynamodel.condition.Condition;
import dev.dynamodel.condition.ExpressionWriter;
import dev.dynamodel.internal.ReadTable;
import dev.dynamodel.internal.Call;
import dev.dynamodel.internal.Futures;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * A scan of the whole table or one index, with the same filters, paging and count as a query.
 * Made by {@code Model.scan()}.
 *
 * <pre>{@code
 * long good = movies.scan().filter(MovieSchema.INFO.rating().ge(new BigDecimal("8"))).count();
 * List<Movie> all = movies.scan().parallel(4).list();
 * }</pre>
 *
 * @param <T> the entity type
 */
public final class Scan<T> extends Retrieval<T, Scan<T>> {
    /** The most segments read at the same time: threads for the blocking scan, requests for the asynchronous one. */
    static final int MAX_SEGMENTS_AT_ONCE = 64;

    private int segments = 1;
    private Integer segment;

    /** Made by the runtime: use {@code model.scan()}. */
    public Scan(ReadTable<T> table) {
        super(table);
    }

    /**
     * Splits the scan into this many segments read at the same time and merges the results in
     * segment order: blocking, one thread each (at most 64 at once);
     * asynchronously, as many chains of requests. {@link #list()}, {@link #stream()} and
     * {@link #count()} use all segments; a parallel scan has no cursor, so {@link #page()} and
     * {@link #startAfter} refuse it.
     */
    public Scan<T> parallel(int segments) {
        if (segments < 1 || segments > 1_000_000) {
            throw new IllegalArgumentException("segments must be 1 to 1000000, not " + segments);
        }
        this.segments = segments;
        return this;
    }

    /** The request for the first page (of the first segment, if parallel), without sending it. */
    public ScanRequest request() {
        Target target = target();
        return build(target, cursor == null ? null : cursors(target).decode(cursor), false, segments > 1 ? 0 : null);
    }

    @Override
    public Iterator<T> iterator() {
        if (segments == 1) {
            return pager();
        }
        return merged(eachSegment(this::readSegment)).iterator();
    }

    @Override
    public long count() {
        return sum(eachSegment(this::countSegment));
    }

    @Override
    CompletableFuture<Page<T>> pageAsync() {
        return Futures.attempt(() -> {
            requireSequential("page()");
            return super.pageAsync();
        });
    }

    @Override
    Pager<T> pager() {
        if (segment == null) {
            requireSequential("pages()");
        }
        return super.pager();
    }

    /** A parallel scan's items in the order the segments' responses arrive, demand bounding the requests. */
    @Override
    Flow.Publisher<T> itemPublisher() {
        if (!wholeParallel()) {
            return super.itemPublisher();
        }
        return PagePublisher.merged(number -> copyFor(number).pager(), () -> {
            requireSequential(null);
            return segments;
        }, limit, Math.min(segments, MAX_SEGMENTS_AT_ONCE));
    }

    @Override
    CompletableFuture<List<T>> listAsync() {
        if (!wholeParallel()) {
            return super.listAsync();
        }
        return Futures.attempt(() -> {
            requireSequential(null);
            return Segments.each(segments, MAX_SEGMENTS_AT_ONCE, number -> copyFor(number).listAsync())
                    .thenApply(this::merged);
        });
    }

    @Override
    CompletableFuture<Long> countAsync() {
        if (!wholeParallel()) {
            return super.countAsync();
        }
        return Futures.attempt(() -> {
            requireSequential(null);
            return Segments.each(segments, MAX_SEGMENTS_AT_ONCE, number -> copyFor(number).countAsync())
                    .thenApply(Scan::sum);
        });
    }

    /** Whether this is a parallel scan as a whole, not one of its segments. */
    private boolean wholeParallel() {
        return segments > 1 && segment == null;
    }

    /** The segments' items in segment order, up to the limit: each segment read up to the limit on its own. */
    private List<T> merged(List<List<T>> parts) {
        List<T> merged = new ArrayList<>();
        for (List<T> part : parts) {
            merged.addAll(part);
        }
        return limit > 0 && merged.size() > limit ? merged.subList(0, limit) : merged;
    }

    private static long sum(List<Long> counts) {
        long total = 0;
        for (Long part : counts) {
            total += part;
        }
        return total;
    }

    @Override
    Target target() {
        return explicitTarget.orElseGet(() -> Target.table(tableName, schema));
    }

    @Override
    byte[] fingerprint(Target target) {
        ExpressionWriter writer = new ExpressionWriter();
        return new Fingerprint("Scan", target)
                .text(filter == null ? null : filter.render(writer))
                .number(segments)
                .number(segment == null ? -1 : segment)
                .placeholders(writer)
                .bytes();
    }

    @Override
    CompletableFuture<RawPage> fetch(Target target, Map<String, AttributeValue> startKey, boolean count) {
        ScanRequest request = build(target, startKey, count, segment);
        return sender.send(Call.scan(tableName, request)).thenApply(response -> RawPage.of(response.hasItems(),
                response.items(), response.hasLastEvaluatedKey(), response.lastEvaluatedKey(), response.count(),
                response.consumedCapacity()));
    }

    private List<T> readSegment(Integer number) {
        Scan<T> part = copyFor(number);
        List<T> items = new ArrayList<>();
        part.pager().forEachRemaining(items::add);
        return items;
    }

    private Long countSegment(Integer number) {
        Scan<T> part = copyFor(number);
        return part.countPages(part.target());
    }

    /** Runs the work once per segment (on the caller's thread when there is one segment). */
    private <R> List<R> eachSegment(java.util.function.Function<Integer, R> work) {
        if (segments == 1) {
            return List.of(work.apply(null));
        }
        requireSequential(null);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(segments, MAX_SEGMENTS_AT_ONCE), runnable -> {
            Thread thread = new Thread(runnable, "dynamodel-scan-segment");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (int i = 0; i < segments; i++) {
                int number = i;
                futures.add(pool.submit(() -> work.apply(number)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Parallel scan interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Scan<T> copyFor(Integer number) {
        Scan<T> copy = new Scan<>(new ReadTable<>(sender, tableName, schema, cursorSeal, expiryFilter));
        copy.filter = filter;
        copy.projection = projection;
        copy.pageSize = pageSize;
        copy.limit = limit;
        copy.maxPages = maxPages;
        copy.cursor = cursor;
        copy.consistentRead = consistentRead;
        copy.returnConsumedCapacity = returnConsumedCapacity;
        copy.explicitTarget = explicitTarget;
        copy.segments = segments;
        copy.segment = number;
        return copy;
    }

    private void requireSequential(String operation) {
        if (segments > 1 && (operation != null || cursor != null)) {
            throw new IllegalStateException("A parallel scan has no cursor: "
                    + (operation != null ? operation + " needs a sequential scan" : "startAfter() needs a sequential scan"));
        }
    }

    private ScanRequest build(Target target, Map<String, AttributeValue> startKey, boolean count, Integer segmentNumber) {
        checkConsistency(target);
        ExpressionWriter writer = new ExpressionWriter();
        Condition filterWithExpiry = withExpiry(filter);
        ScanRequest.Builder request = ScanRequest.builder()
                .overrideConfiguration(Call.OVERRIDE)
                .tableName(tableName)
                .indexName(target.indexName())
                .filterExpression(filterWithExpiry == null ? null : filterWithExpiry.render(writer))
                .consistentRead(consistentRead ? Boolean.TRUE : null)
                .limit(requestLimit())
                .exclusiveStartKey(startKey)
                .returnConsumedCapacity(returnConsumedCapacity);
        if (segmentNumber != null) {
            request.segment(segmentNumber).totalSegments(segments);
        }
        if (count) {
            request.select(Select.COUNT);
        } else {
            request.projectionExpression(projectionExpression(target, writer));
        }
        return request.expressionAttributeNames(writer.names()).expressionAttributeValues(writer.values()).build();
    }
}
