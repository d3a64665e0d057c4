package dev.dynamodel.tests.support;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dynamodel.batch.BatchGet;
import dev.dynamodel.batch.BatchGetResult;
import dev.dynamodel.batch.BatchWrite;
import dev.dynamodel.batch.BatchWriteResult;
import dev.dynamodel.transaction.ReadTransaction;
import dev.dynamodel.transaction.ReadTransactionResult;
import dev.dynamodel.transaction.WriteTransaction;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The two ways to run a batch or a transaction, so that one test case proves both: {@code execute()},
 * and {@code executeAsync()} waited for here. On the asynchronous face the future must fail with the
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

    private static <T> T awaited(Supplier<CompletableFuture<T>> start) {
        CompletableFuture<T> future;
        try {
            future = start.get();
        } catch (RuntimeException e) {
            throw new AssertionError("executeAsync() threw instead of failing its future", e);
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
