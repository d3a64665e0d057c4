package dev.dynamodel.query;

import dev.dynamodel.internal.Futures;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The results of a query or scan as a {@link Flow.Publisher}, of items or of pages, driving the
 * same {@link Pager} the blocking API iterates (or, for a parallel scan, one pager per segment).
 * It honours demand: a request is sent only when the subscriber wants an element that the responses
 * so far cannot give, never more requests at a time than elements wanted, and at most one per
 * pager; after {@code cancel()} nothing more is sent. Each subscription starts from the query's
 * start (or its cursor) and reads on its own.
 *
 * <p>All work on the pagers happens inside {@link Run#drain()}, which one thread at a time runs
 * (the usual work-in-progress counter); a response that arrives at once, on the thread that asked
 * for it, is taken in the same loop, so the stack does not grow with the pages.
 *
 * @param <E> the element: an item, or a {@link Page}
 */
final class PagePublisher<T, E> implements Flow.Publisher<E> {
    private final IntFunction<Pager<T>> pagers;
    private final Supplier<Integer> pagerCount;
    private final int limit;
    private final int maxInFlight;
    private final boolean pages;

    private PagePublisher(IntFunction<Pager<T>> pagers, Supplier<Integer> pagerCount, int limit, int maxInFlight,
                          boolean pages) {
        this.pagers = pagers;
        this.pagerCount = pagerCount;
        this.limit = limit;
        this.maxInFlight = maxInFlight;
        this.pages = pages;
    }

    /** One element per item. */
    static <T> Flow.Publisher<T> items(Supplier<Pager<T>> pager) {
        return new PagePublisher<T, T>(i -> pager.get(), () -> 1, 0, 1, false);
    }

    /**
     * One element per item of any of {@code count} pagers (a parallel scan's segments), in the order
     * the responses arrive; {@code limit} items in all (0: no limit), at most {@code maxInFlight}
     * requests at a time. {@code count} is read at subscription: it may refuse the query.
     */
    static <T> Flow.Publisher<T> merged(IntFunction<Pager<T>> pagers, Supplier<Integer> count, int limit, int maxInFlight) {
        return new PagePublisher<T, T>(pagers, count, limit, maxInFlight, false);
    }

    /** One element per DynamoDB response: its items (up to the limit) and the cursor after them. */
    static <T> Flow.Publisher<Page<T>> pages(Supplier<Pager<T>> pager) {
        return new PagePublisher<T, Page<T>>(i -> pager.get(), () -> 1, 0, 1, true);
    }

    /** All the elements of {@code publisher}, requested at once, as a future. */
    static <E> CompletableFuture<List<E>> collect(Flow.Publisher<E> publisher) {
        CompletableFuture<List<E>> result = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<E>() {
            private final List<E> elements = new ArrayList<>();

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(E element) {
                elements.add(element);
            }

            @Override
            public void onError(Throwable failure) {
                result.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                result.complete(elements);
            }
        });
        return result;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super E> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        Run run = new Run(subscriber);
        subscriber.onSubscribe(run);
        run.drain();
    }

    /** A response for the pager with this number. */
    private record Arrival(int pager, RawPage page) {
    }

    private final class Run implements Flow.Subscription {
        private final Flow.Subscriber<? super E> subscriber;
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger work = new AtomicInteger();
        private final Queue<Arrival> arrived = new ConcurrentLinkedQueue<>();
        private Pager<T>[] running; // made when first needed: a pager may refuse the cursor
        private boolean[] fetching;
        private int firstOpen;
        private int inFlight;
        private long emitted;
        private boolean started;
        private boolean done;
        private volatile boolean cancelled;
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

        /** Hands out what demand and the responses allow, and sends the requests still needed. */
        @SuppressWarnings("unchecked")
        private void step() {
            if (!started && !done && !cancelled) {
                started = true;
                int count = pagerCount.get();
                running = new Pager[count];
                fetching = new boolean[count];
                pager(0); // the first pager checks the cursor before anything is asked for
            }
            while (!done && !cancelled) {
                if (failed != null) {
                    finish(failed);
                    return;
                }
                Arrival arrival = arrived.poll();
                if (arrival != null) {
                    fetching[arrival.pager()] = false;
                    inFlight--;
                    running[arrival.pager()].accept(arrival.page());
                    if (pages) {
                        emit(pageOf(running[arrival.pager()]));
                    }
                    continue;
                }
                if (limit > 0 && emitted >= limit) {
                    complete();
                    return;
                }
                if (demand.get() == 0) {
                    return;
                }
                Pager<T> buffered = pages ? null : buffered();
                if (buffered != null) {
                    emit(buffered.take());
                    continue;
                }
                sendWhatDemandNeeds();
                if (inFlight == 0) {
                    complete();
                }
                return;
            }
        }

        /** A pager with an item to hand out, or null. */
        private Pager<T> buffered() {
            for (int i = firstOpen; i < running.length; i++) {
                if (running[i] != null && running[i].hasBuffered()) {
                    return running[i];
                }
            }
            return null;
        }

        /**
         * Sends requests while fewer are on their way than elements are wanted (nothing is buffered
         * now), at most one per pager, lowest pager first: under little demand the pagers are read
         * one after the other, under much they are read side by side.
         */
        private void sendWhatDemandNeeds() {
            while (firstOpen < running.length && !fetching[firstOpen] && running[firstOpen] != null
                    && !running[firstOpen].canFetch() && !running[firstOpen].hasBuffered()) {
                firstOpen++; // done with this one
            }
            for (int i = firstOpen; i < running.length && inFlight < Math.min(maxInFlight, demand.get()); i++) {
                if (fetching[i] || !pager(i).canFetch()) {
                    continue;
                }
                fetching[i] = true;
                inFlight++;
                int number = i;
                running[i].request().whenComplete((response, failure) -> {
                    if (failure != null) {
                        failed = Futures.cause(failure);
                    } else {
                        arrived.add(new Arrival(number, response));
                    }
                    drain();
                });
            }
        }

        private Pager<T> pager(int number) {
            if (running[number] == null) {
                running[number] = pagers.apply(number);
            }
            return running[number];
        }

        @SuppressWarnings("unchecked")
        private E pageOf(Pager<T> pager) {
            List<T> items = new ArrayList<>();
            while (pager.hasBuffered()) {
                items.add(pager.take());
            }
            return (E) new Page<>(items, pager.cursorWithoutReadingAhead(), pager.takeCapacity());
        }

        @SuppressWarnings("unchecked")
        private void emit(Object element) {
            demand.decrementAndGet();
            emitted++;
            subscriber.onNext((E) element);
        }

        private void complete() {
            done = true;
            subscriber.onComplete();
        }

        private void finish(Throwable failure) {
            if (!done && !cancelled) {
                done = true;
                subscriber.onError(failure);
            }
        }
    }
}
