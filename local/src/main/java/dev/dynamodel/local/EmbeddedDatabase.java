package dev.dynamodel.local;

import dev.dynamodel.Dynamo;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;

/**
 * One embedded DynamoDB Local and its in-process clients, including DynamoDB Streams: enable a
 * stream on a table, write through a model, then read the shard records with
 * {@link #dynamoDbStreamsClient()}.
 *
 * <pre>{@code
 * try (EmbeddedDatabase database = DynamoLocal.database()) {
 *     Dynamo dynamo = database.dynamo("");
 *     DynamoDbStreamsClient streams = database.dynamoDbStreamsClient();
 * }
 * }</pre>
 *
 * <p>Closing it stops the database; so does the end of the thread that opened it (except for
 * {@link DynamoLocal#embeddedBuilder()}'s), as a safety net against DynamoDB Local's non-daemon
 * threads keeping a {@code main} alive.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private final AmazonDynamoDBLocal local;
    private final Thread watcher;
    private final AtomicBoolean stopped = new AtomicBoolean();

    /** @param owner the thread whose end stops the database; null for none */
    private EmbeddedDatabase(AmazonDynamoDBLocal local, Thread owner) {
        this.local = local;
        this.watcher = owner == null ? null : new Thread(() -> stopWhenEnded(owner), "dynamodel-local-watcher");
        if (watcher != null) {
            watcher.setDaemon(true);
        }
    }

    /** Started, and stopped at the latest when the calling thread ends. */
    static EmbeddedDatabase start() {
        EmbeddedDatabase database = new EmbeddedDatabase(create(), Thread.currentThread());
        database.watcher.start();
        return database;
    }

    /** Started, and stopped only by {@link #close()}: for containers that outlive the opening thread. */
    static EmbeddedDatabase startUnwatched() {
        return new EmbeddedDatabase(create(), null);
    }

    private static AmazonDynamoDBLocal create() {
        // true disables DynamoDB Local's telemetry, which would also write a metadata file into the working directory.
        return DynamoDBEmbedded.create(true);
    }

    /** The database's blocking client. */
    public DynamoDbClient dynamoDbClient() {
        return local.dynamoDbClient();
    }

    /** The database's asynchronous client. */
    public DynamoDbAsyncClient dynamoDbAsyncClient() {
        return local.dynamoDbAsyncClient();
    }

    /** The database's DynamoDB Streams client, for reading the change records of tables with a stream. */
    public DynamoDbStreamsClient dynamoDbStreamsClient() {
        return local.dynamoDbStreamsClient();
    }

    /**
     * A runtime over this database's clients whose models put {@code tablePrefix} before every table
     * name. Closing the runtime leaves the database running; close the database itself.
     */
    public Dynamo dynamo(String tablePrefix) {
        return Dynamo.builder(dynamoDbClient()).asyncClient(dynamoDbAsyncClient()).tablePrefix(tablePrefix).build();
    }

    private void stopWhenEnded(Thread owner) {
        try {
            owner.join();
        } catch (InterruptedException e) {
            return; // interrupted by close(): the database is already stopped
        }
        close();
    }

    /** Stops the database; whichever comes first, this or the end of the opening thread, stops it. */
    @Override
    public void close() {
        if (stopped.compareAndSet(false, true)) {
            // shutdown() leaves worker threads behind; shutdownNow() ends them.
            local.shutdownNow();
            if (watcher != null) {
                watcher.interrupt();
            }
        }
    }
}
