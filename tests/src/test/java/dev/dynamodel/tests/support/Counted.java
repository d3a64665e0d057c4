package dev.dynamodel.tests.support;

import dev.dynamodel.Dynamo;

/**
 * A runtime over the same database whose requests on either client are counted; the asynchronous
 * client completes each response on the thread that sent it ({@code Runnable::run}).
 */
public record Counted(Dynamo dynamo, CountingClient client, CountingAsyncClient asyncClient) {

    public static Counted of(Dynamo dynamo) {
        CountingClient client = new CountingClient(dynamo.client());
        CountingAsyncClient asyncClient = new CountingAsyncClient(dynamo.asyncClient(), Runnable::run);
        return new Counted(Dynamo.builder(client).asyncClient(asyncClient).tablePrefix(dynamo.tablePrefix()).build(),
                client, asyncClient);
    }

    /** The requests sent on both clients so far. */
    public int requests() {
        return client.requests() + asyncClient.requests();
    }
}
