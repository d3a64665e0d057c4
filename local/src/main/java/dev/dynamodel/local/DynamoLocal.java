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
 * <p>The returned {@link Dynamo} has both of DynamoDB Local's clients, so every model's
 * {@code async()} face works too.
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
        Lifetime lifetime = new Lifetime(start(), Thread.currentThread());
        lifetime.watcher.start();
        return builder(lifetime).tablePrefix(tablePrefix).build();
    }

    /**
     * A fresh in-memory database whose lifetime is yours: the {@link Dynamo} built from this builder
     * stops it when closed, and nothing else does (no watcher of the opening thread). For containers
     * that close what they make, such as Spring, whose {@code main} thread ends long before the
     * application does; the Spring Boot starter uses it. Set any option before {@code build()}.
     */
    public static Dynamo.Builder embeddedBuilder() {
        return builder(new Lifetime(start(), null));
    }

    private static AmazonDynamoDBLocal start() {
        // true disables DynamoDB Local's telemetry, which would also write a metadata file into the working directory.
        return DynamoDBEmbedded.create(true);
    }

    private static Dynamo.Builder builder(Lifetime lifetime) {
        return Dynamo.builder(lifetime.local.dynamoDbClient()).asyncClient(lifetime.local.dynamoDbAsyncClient())
                .onClose(lifetime::stop);
    }

    /** DynamoDB Local's HTTP server on a free loopback port, for tests of the SDK's HTTP path. */
    public static LocalServer server() {
        return LocalServer.start();
    }

    /**
     * One embedded database and, when it has an owner thread, the daemon thread that stops it when the
     * owner ends. Whichever comes first, close or the owner's end, stops the database and ends the watcher.
     */
    private static final class Lifetime {
        private final AmazonDynamoDBLocal local;
        private final Thread watcher;
        private final AtomicBoolean stopped = new AtomicBoolean();

        /** @param owner the thread whose end stops the database; null for none */
        Lifetime(AmazonDynamoDBLocal local, Thread owner) {
            this.local = local;
            this.watcher = owner == null ? null : new Thread(() -> stopWhenEnded(owner), "dynamodel-local-watcher");
            if (watcher != null) {
                watcher.setDaemon(true);
            }
        }

        private void stopWhenEnded(Thread owner) {
            try {
                owner.join();
            } catch (InterruptedException e) {
                return; // interrupted by stop(): the database is already stopped
            }
            stop();
        }

        void stop() {
            if (stopped.compareAndSet(false, true)) {
                // shutdown() leaves worker threads behind; shutdownNow() ends them.
                local.shutdownNow();
                if (watcher != null) {
                    watcher.interrupt();
                }
            }
        }
    }
}
