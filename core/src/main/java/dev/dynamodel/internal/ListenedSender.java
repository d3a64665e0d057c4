package dev.dynamodel.internal;

import dev.dynamodel.observe.RequestEvent;
import dev.dynamodel.observe.RequestListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * A {@link Sender} that times each request and tells its {@link RequestListener}s how it ended. It
 * wraps the blocking and the asynchronous sender alike, so no operation reaches DynamoDB unheard.
 */
final class ListenedSender implements Sender {
    private static final Logger LOG = LoggerFactory.getLogger("dev.dynamodel.requests");

    private final Sender sender;
    private final RequestListener[] listeners;

    ListenedSender(Sender sender, List<RequestListener> listeners) {
        this.sender = sender;
        this.listeners = listeners.toArray(RequestListener[]::new);
    }

    @Override
    public <Q, S> CompletableFuture<S> send(Call<Q, S> call) {
        long start = System.nanoTime();
        CompletableFuture<S> sent = sender.send(call);
        if (sent.isDone()) {
            // The blocking sender's future, complete already: heard now, handed back as it is.
            try {
                succeeded(call, start, sent.getNow(null));
            } catch (CompletionException | CancellationException e) {
                failed(call, start, Futures.cause(e));
            }
            return sent;
        }
        CompletableFuture<S> result = new CompletableFuture<>();
        sent.whenComplete((response, failure) -> {
            if (failure == null) {
                succeeded(call, start, response);
                result.complete(response);
            } else {
                Throwable cause = Futures.cause(failure);
                failed(call, start, cause);
                result.completeExceptionally(cause);
            }
        });
        return result;
    }

    private <Q, S> void succeeded(Call<Q, S> call, long start, S response) {
        Duration latency = Duration.ofNanos(System.nanoTime() - start);
        List<ConsumedCapacity> capacity = response == null ? null : call.capacity().apply(response);
        tell(RequestEvent.succeeded(call.operation(), call.table(), call.index(), call.attempt(), latency,
                capacity == null ? List.of() : capacity));
    }

    private void failed(Call<?, ?> call, long start, Throwable cause) {
        Duration latency = Duration.ofNanos(System.nanoTime() - start);
        tell(RequestEvent.failed(call.operation(), call.table(), call.index(), call.attempt(), latency,
                errorCode(cause), cause));
    }

    private void tell(RequestEvent event) {
        for (RequestListener listener : listeners) {
            try {
                listener.onRequest(event);
            } catch (RuntimeException e) {
                // A broken listener must neither fail the request nor keep the others from hearing of it.
                LOG.warn("Request listener {} failed on {} {}", listener.getClass().getName(), event.operation(),
                        event.table(), e);
            }
        }
    }

    /** The AWS error code of the SDK failure behind {@code failure}, else the failing exception's type. */
    static String errorCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AwsServiceException aws && aws.awsErrorDetails() != null
                    && aws.awsErrorDetails().errorCode() != null) {
                return aws.awsErrorDetails().errorCode();
            }
            if (t instanceof SdkException) {
                return t.getClass().getSimpleName();
            }
        }
        return failure.getClass().getSimpleName();
    }
}
