package dev.dynamodel.tests.support;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dynamodel.Dynamo;
import dev.dynamodel.batch.BatchGet;
import dev.dynamodel.batch.BatchGetResult;
import dev.dynamodel.batch.BatchWrite;
import dev.dynamodel.batch.BatchWriteResult;
import dev.dynamodel.transaction.ReadTransaction;
import dev.dynamodel.transaction.ReadTransactionResult;
import dev.dynamodel.transaction.WriteTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The two faces of the API, so that one test case proves both: a batch or a transaction run by
 * {@code execute()} or by {@code executeAsync()} waited for here, and any other operation called on
 * the blocking model or on its {@code async()} face ({@link #call}, {@link #run}). On the asynchronous face the future must fail with the
 * library's exception itself (never a {@code CompletionException}) and {@code executeAsync()} must
 * not throw; the exception is then rethrown so that {@code assertThrows} reads the same for both.
 */
public enum Face {
    BLOCKING, ASYNC;

    /** A number that keeps this face's items apart from the other's in a shared table. */
    public int offset() {
        return ordinal() * 100;
    }

    /** An id for this face's copy of an item. */
    public String id(String id) {
        return this == BLOCKING ? id : id + "-async";
    }

    /**
     * A runtime over {@code dynamo}'s clients whose tables are this face's own (the asynchronous
     * face's names start with {@code async_}), so that a case can use the same keys on both faces.
     */
    public Dynamo runtime(Dynamo dynamo) {
        return this == BLOCKING ? dynamo : Dynamo.builder(dynamo.client()).asyncClient(dynamo.asyncClient())
                .tablePrefix(dynamo.tablePrefix() + "async_").build();
    }

    public BatchWriteResult execute(BatchWrite batch) {
        return this == BLOCKING ? batch.execute() : awaited(batch::executeAsync);
    }

    public BatchGetResult execute(BatchGet batch) {
        return this == BLOCKING ? batch.execute() : awaited(batch::executeAsync);
    }

    public void execute(WriteTransaction transaction) {
        if (this == BLOCKING) {
            transaction.execute();
        } else {
            awaited(transaction::executeAsync);
        }
    }

    public ReadTransactionResult execute(ReadTransaction transaction) {
        return this == BLOCKING ? transaction.execute() : awaited(transaction::executeAsync);
    }

    /**
     * One operation on this face: {@code blocking} called, or the future of {@code async} waited for
     * (it must not throw, and must fail with the library's exception itself, rethrown here).
     */
    public <T> T call(Supplier<T> blocking, Supplier<CompletableFuture<T>> async) {
        return this == BLOCKING ? blocking.get() : awaited(async);
    }

    /** What {@code blocking} gives on the blocking face, what {@code async} gives on the other: no waiting. */
    public <T> T pick(Supplier<T> blocking, Supplier<T> async) {
        return this == BLOCKING ? blocking.get() : async.get();
    }

    /** As {@link #call}, for an operation without a result. */
    public void run(Runnable blocking, Supplier<CompletableFuture<Void>> async) {
        if (this == BLOCKING) {
            blocking.run();
        } else {
            awaited(async);
        }
    }

    /**
     * The first {@code n} elements: taken from the blocking stream (which reads lazily), or requested
     * with {@code request(n)} from the publisher, which is cancelled once they have arrived.
     */
    public <T> List<T> first(int n, Supplier<Stream<T>> blocking, Supplier<Flow.Publisher<T>> async) {
        if (this == BLOCKING) {
            return blocking.get().limit(n).toList();
        }
        return awaited(() -> {
            CompletableFuture<List<T>> taken = new CompletableFuture<>();
            async.get().subscribe(new Flow.Subscriber<T>() {
                private final List<T> items = new ArrayList<>();
                private Flow.Subscription subscription;

                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    this.subscription = subscription;
                    subscription.request(n);
                }

                @Override
                public void onNext(T item) {
                    items.add(item);
                    if (items.size() == n) {
                        subscription.cancel();
                        taken.complete(items);
                    }
                }

                @Override
                public void onError(Throwable failure) {
                    taken.completeExceptionally(failure);
                }

                @Override
                public void onComplete() {
                    taken.complete(items);
                }
            });
            return taken;
        });
    }

    private static <T> T awaited(Supplier<CompletableFuture<T>> start) {
        CompletableFuture<T> future;
        try {
            future = start.get();
        } catch (RuntimeException e) {
            throw new AssertionError("the async face threw instead of failing its future", e);
        }
        Throwable failure = future.handle((value, e) -> e).join();
        if (failure == null) {
            return future.join();
        }
        assertFalse(failure instanceof CompletionException || failure instanceof ExecutionException,
                "the future fails with the library's exception itself: " + failure);
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new AssertionError(failure);
    }
}
