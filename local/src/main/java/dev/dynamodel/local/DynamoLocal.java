package dev.dynamodel.local;

import dev.dynamodel.Dynamo;

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
        return builder(EmbeddedDatabase.start()).tablePrefix(tablePrefix).build();
    }

    /**
     * A fresh in-memory database with all of DynamoDB Local's clients, among them the Streams client
     * that {@link #embedded()} cannot offer on a {@link Dynamo}; closing it stops it.
     */
    public static EmbeddedDatabase database() {
        return EmbeddedDatabase.start();
    }

    /**
     * A fresh in-memory database whose lifetime is yours: the {@link Dynamo} built from this builder
     * stops it when closed, and nothing else does (no watcher of the opening thread). For containers
     * that close what they make, such as Spring, whose {@code main} thread ends long before the
     * application does; the Spring Boot starter uses it. Set any option before {@code build()}.
     */
    public static Dynamo.Builder embeddedBuilder() {
        return builder(EmbeddedDatabase.startUnwatched());
    }

    private static Dynamo.Builder builder(EmbeddedDatabase database) {
        return Dynamo.builder(database.dynamoDbClient()).asyncClient(database.dynamoDbAsyncClient())
                .onClose(database::close);
    }

    /** DynamoDB Local's HTTP server on a free loopback port, for tests of the SDK's HTTP path. */
    public static LocalServer server() {
        return LocalServer.start();
    }
}
