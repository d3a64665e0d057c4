package dev.dynamodel.internal;

import dev.dynamodel.observe.RequestListener;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Sends a {@link Call} and hands back its response or its translated failure as a future. Every
 * single-item operation and every page of a query or scan is written once, as a plan over this
 * future; the synchronous API runs it with {@link #blocking} (the future is complete before
 * {@code send} returns, so the plan's later steps run on the caller's thread) and the asynchronous
 * one with {@link #async}. Failures arrive as the library's exception itself, never wrapped.
 *
 * <p>Every request the library sends goes through here, so this is where each is stamped (the API
 * name, the runtime's {@code ReturnConsumedCapacity}: {@link Call#stamped}) and where a
 * {@link RequestListener} hears of it ({@link #listened}). Not an API.
 */
public interface Sender {

    <Q, S> CompletableFuture<S> send(Call<Q, S> call);

    /**
     * Sends on the caller's thread through a {@link DynamoDbClient}.
     *
     * @param capacity what requests that did not choose their own ask back; null for DynamoDB's default (none)
     */
    static Sender blocking(DynamoDbClient client, ReturnConsumedCapacity capacity) {
        Objects.requireNonNull(client, "client");
        return new Sender() {
            @Override
            public <Q, S> CompletableFuture<S> send(Call<Q, S> call) {
                try {
                    return CompletableFuture.completedFuture(Requests.send(call.operation(), call.table(),
                            () -> call.sync().apply(client, call.stamped(capacity)), call.translate()));
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }
        };
    }

    /**
     * Sends through a {@link DynamoDbAsyncClient}: never blocks, and the plan's later steps run where
     * the client completes its future (the SDK's completion executor by default, not its I/O threads).
     */
    static Sender async(DynamoDbAsyncClient client, ReturnConsumedCapacity capacity) {
        Objects.requireNonNull(client, "client");
        return new Sender() {
            @Override
            public <Q, S> CompletableFuture<S> send(Call<Q, S> call) {
                Requests.sending(call.operation(), call.table());
                CompletableFuture<S> sent;
                try {
                    sent = call.async().apply(client, call.stamped(capacity));
                } catch (RuntimeException e) {
                    sent = CompletableFuture.failedFuture(e);
                }
                CompletableFuture<S> result = new CompletableFuture<>();
                sent.whenComplete((response, failure) -> {
                    if (failure == null) {
                        result.complete(response);
                        return;
                    }
                    Throwable cause = Futures.cause(failure);
                    result.completeExceptionally(cause instanceof SdkException sdk
                            ? Requests.failure(call.operation(), call.table(), sdk, call.translate()) : cause);
                });
                return result;
            }
        };
    }

    /**
     * {@code sender}, with each listener told, in order, of each request once it is answered or has failed,
     * before the request's future completes. Without a listener the runtime uses the bare sender, so
     * that no clock is read and nothing is built for a listener that is not there.
     */
    static Sender listened(Sender sender, List<RequestListener> listeners) {
        return new ListenedSender(sender, listeners);
    }

    /** For a runtime built without that kind of client: every call fails, naming what is missing. */
    static Sender missing(String clientType) {
        return new Sender() {
            @Override
            public <Q, S> CompletableFuture<S> send(Call<Q, S> call) {
                return CompletableFuture.failedFuture(new IllegalStateException(call.operation() + " on "
                        + call.table() + " needs a " + clientType + ", and this Dynamo was built without one"));
            }
        };
    }
}
