package dev.dynamodel.query;

import dev.dynamodel.internal.Futures;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The results of a query or scan as a {@link Flow.Publisher}, of items or of pages, driving the
 * same {@link Pager} the blocking API iterates. It honours demand: a request is sent only when the
 * subscriber wants an element that the responses so far cannot give, one request at a time; after
 * {@code cancel()} nothing more is sent. Each subscription starts from the query's start (or its
 * cursor) and reads on its own.
 *
 * <p>All work on the pager happens inside {@link Run#drain()}, which one thread at a time runs
 * (the usual work-in-progress counter); a response that arrives at once, on the thread that asked
 * for it, is taken in the same loop, so the stack does not grow with the pages.
 *
 * @param <E> the element: an item, or a {@link Page}
 */
final class PagePublisher<T, E> implements Flow.Publisher<E> {
    private final Supplier<Pager<T>> pagers;
    private final boolean pages;

    private PagePublisher(Supplier<Pager<T>> pagers, boolean pages) {
        this.pagers = pagers;
        this.pages = pages;
    }

    /** One element per item. */
    static <T> Flow.Publisher<T> items(Supplier<Pager<T>> pagers) {
        return new PagePublisher<T, T>(pagers, false);
    }

    /** One element per DynamoDB response: its items (up to the limit) and the cursor after them. */
    static <T> Flow.Publisher<Page<T>> pages(Supplier<Pager<T>> pagers) {
        return new PagePublisher<T, Page<T>>(pagers, true);
    }

    @Override
    public void subscribe(Flow.Subscriber<? super E> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        Run run = new Run(subscriber);
        subscriber.onSubscribe(run);
        run.drain();
    }

    private final class Run implements Flow.Subscription {
        private final Flow.Subscriber<? super E> subscriber;
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger work = new AtomicInteger();
        private Pager<T> pager;
        private boolean fetching;
        private boolean done;
        private volatile boolean cancelled;
        private volatile RawPage arrived;
        private volatile Throwable failed;

        Run(Flow.Subscriber<? super E> subscriber) {
            this.subscriber = subscriber;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                failed = new IllegalArgumentException("request(" + n + "): demand must be positive (rule 3.9)");
            } else {
                demand.getAndUpdate(d -> d + n < 0 ? Long.MAX_VALUE : d + n);
            }
            drain();
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        void drain() {
            if (work.getAndIncrement() != 0) {
                return;
            }
            do {
                try {
                    step();
                } catch (RuntimeException e) {
                    finish(e);
                }
            } while (work.decrementAndGet() != 0);
        }

        /** Hands out what demand and the responses allow, and sends the next request if one is needed. */
        private void step() {
            if (pager == null && !done && !cancelled) {
                pager = pagers.get(); // may refuse the cursor: InvalidCursorException
            }
            while (!done && !cancelled) {
                if (failed != null) {
                    finish(failed);
                    return;
                }
                RawPage page = arrived;
                if (page != null) {
                    arrived = null;
                    fetching = false;
                    pager.accept(page);
                    if (pages) {
                        emit(pageOf());
                        continue;
                    }
                }
                if (fetching || demand.get() == 0) {
                    return;
                }
                if (!pages && pager.hasBuffered()) {
                    emit(pager.take());
                } else if (pager.canFetch()) {
                    fetching = true;
                    pager.request().whenComplete((response, failure) -> {
                        if (failure != null) {
                            failed = Futures.cause(failure);
                        } else {
                            arrived = response;
                        }
                        drain();
                    });
                } else {
                    done = true;
                    subscriber.onComplete();
                }
            }
        }

        @SuppressWarnings("unchecked")
        private E pageOf() {
            List<T> items = new ArrayList<>();
            while (pager.hasBuffered()) {
                items.add(pager.take());
            }
            return (E) new Page<>(items, pager.cursorWithoutReadingAhead(), pager.takeCapacity());
        }

        @SuppressWarnings("unchecked")
        private void emit(Object element) {
            demand.decrementAndGet();
            subscriber.onNext((E) element);
        }

        private void finish(Throwable failure) {
            if (!done && !cancelled) {
                done = true;
                subscriber.onError(failure);
            }
        }
    }
}
