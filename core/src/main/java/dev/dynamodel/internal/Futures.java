package dev.dynamodel.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The rule for exceptions crossing a future, in one place: a future the library returns completes
 * exceptionally with the library's exception itself (never a {@link CompletionException} around
 * it), and the synchronous API rethrows that same exception. Not an API.
 */
public final class Futures {
    private Futures() {
    }

    /** The exception inside the wrappers {@code CompletableFuture} adds between stages. */
    public static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * The result of a plan run by {@link Sender#blocking}: its value, or its exception rethrown as
     * it was thrown (a checked one, which the library never throws, is wrapped).
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = cause(e);
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * What the asynchronous API hands out: a future that completes as {@code plan}'s does, but
     * exceptionally with the unwrapped cause. An exception thrown while building the plan (a
     * validation, a bad key) arrives the same way, so the methods returning it never throw.
     */
    public static <T> CompletableFuture<T> unwrapped(Supplier<CompletableFuture<T>> plan) {
        CompletableFuture<T> started;
        try {
            started = plan.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        started.whenComplete((value, failure) -> {
            if (failure == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(cause(failure));
            }
        });
        return result;
    }

    /** Runs a plan-building step, turning what it throws into a failed future. */
    public static <T> CompletableFuture<T> attempt(Supplier<CompletableFuture<T>> plan) {
        try {
            return plan.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
