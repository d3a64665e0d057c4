package dev.dynamodel.tests.async;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A subscriber that asks for nothing by itself: the test requests and cancels, and reads the
 * signals in order as they arrive (from whatever thread the publisher uses).
 */
final class Recorder<T> implements Flow.Subscriber<T> {
    /** The signal onComplete leaves. */
    static final Object COMPLETE = new Object();

    private final LinkedBlockingQueue<Object> signals = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription subscription;

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
    }

    @Override
    public void onNext(T item) {
        signals.add(item);
    }

    @Override
    public void onError(Throwable failure) {
        signals.add(new Failure(failure));
    }

    @Override
    public void onComplete() {
        signals.add(COMPLETE);
    }

    void request(long n) {
        subscription.request(n);
    }

    void cancel() {
        subscription.cancel();
    }

    /** The next signal: an item, a {@link Failure}, or {@link #COMPLETE}; fails after 10 seconds. */
    Object next() throws InterruptedException {
        Object signal = signals.poll(10, TimeUnit.SECONDS);
        assertNotNull(signal, "no signal within 10 seconds");
        return signal;
    }

    /** Whether a signal arrives within a short while (for proving that none does). */
    Object poll() throws InterruptedException {
        return signals.poll(200, TimeUnit.MILLISECONDS);
    }

    record Failure(Throwable failure) {
    }
}
