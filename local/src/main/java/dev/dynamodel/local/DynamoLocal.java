package dev.dynamodel.local;

import dev.dynamodel.Dynamo;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;

/**
 * DynamoDB Local inside this JVM, for examples and tests: no AWS account, no Docker, no port.
 *
 * <pre>{@code
 * try (Dynamo dynamo = DynamoLocal.embedded()) {
 *     MovieModel movies = MovieModel.of(dynamo);
 *     movies.createTable();
 * }
 * }</pre>
 *
 * <p>DynamoDB Local starts non-daemon threads that would keep a {@code main} from ever returning.
 * The returned {@link Dynamo} stops the database when it is closed, and also, as a safety net,
 * when the thread that opened it ends: a program that forgets to close it still exits.
 */
public final class DynamoLocal {
    private DynamoLocal() {
    }

    /** A fresh in-memory database; closing the result stops it. */
    public static Dynamo embedded() {
        return embedded("");
    }

    /** A fresh in-memory database whose models use {@code tablePrefix} before every table name. */
    public static Dynamo embedded(String tablePrefix) {
        AmazonDynamoDBLocal local = DynamoDBEmbedded.create(true);
        Runnable stop = stopOnce(local);
        watch(Thread.currentThread(), stop);
        return Dynamo.builder(local.dynamoDbClient()).tablePrefix(tablePrefix).onClose(stop).build();
    }

    /** DynamoDB Local's HTTP server on a free loopback port, for tests of the SDK's HTTP path. */
    public static LocalServer server() {
        return LocalServer.start();
    }

    private static Runnable stopOnce(AmazonDynamoDBLocal local) {
        AtomicBoolean stopped = new AtomicBoolean();
        return () -> {
            if (stopped.compareAndSet(false, true)) {
                // shutdown() leaves worker threads behind; shutdownNow() ends them.
                local.shutdownNow();
            }
        };
    }

    private static void watch(Thread owner, Runnable stop) {
        Thread watcher = new Thread(() -> {
            try {
                owner.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            stop.run();
        }, "dynamodel-local-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }
}
