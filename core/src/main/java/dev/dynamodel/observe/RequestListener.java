package dev.dynamodel.observe;

/**
 * Hears of every request the library sends to DynamoDB, once per request: each page of a query,
 * each chunk of a batch and each retry of it, each transaction, each table operation.
 *
 * <pre>{@code
 * Dynamo dynamo = Dynamo.builder(client)
 *         .requestListener(e -> log.info("{} {} took {}", e.operation(), e.table(), e.latency()))
 *         .build();
 * }</pre>
 *
 * <p>It is called on the thread that saw the response: the caller's for the blocking API, the one
 * completing the SDK's future for the asynchronous one. Keep it quick and thread-safe; an exception
 * it throws is logged and does not change the operation's result.
 */
@FunctionalInterface
public interface RequestListener {

    /** One request has been answered, or has failed. */
    void onRequest(RequestEvent event);
}
